package io.apiemulator.kernel.persistence;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The schema, made from the Flyway migrations in {@code db/migration} before Hibernate boots
 * ({@link SchemaBeforeHibernate}). A database that outlives the process (persistent H2, PostgreSQL) gets Flyway's
 * migrate, with its history table, checksums and validation. The in-memory database is empty at every start, so
 * its migrations run as plain scripts in version order: Flyway's set-up and bookkeeping cost a fifth of a second of
 * start-up there.
 */
record Schema(Database database, DataSource dataSource) {

    private static final String MIGRATIONS = "db/migration";

    void create() {
        if (!database.inMemory()) {
            Flyway.configure().dataSource(dataSource).locations("classpath:" + MIGRATIONS).load().migrate();
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            for (Resource script : scripts()) {
                ScriptUtils.executeSqlScript(connection, script);
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("Could not create the schema: " + e.getMessage(), e);
        }
    }

    /** The versioned migrations ({@code V<version>__<name>.sql}) of every class path root, as Flyway finds them. */
    private static List<Resource> scripts() {
        try {
            Resource[] scripts = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + MIGRATIONS + "/V*__*.sql");
            return Arrays.stream(scripts).sorted(Comparator.comparing(Schema::version)).toList();
        }
        catch (IOException e) {
            throw new IllegalStateException("Could not list the migrations in " + MIGRATIONS + ": " + e.getMessage(), e);
        }
    }

    private static MigrationVersion version(Resource script) {
        String name = script.getFilename();
        return MigrationVersion.fromVersion(name.substring(1, name.indexOf("__")).replace('_', '.'));
    }
}
