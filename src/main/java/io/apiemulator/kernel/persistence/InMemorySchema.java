package io.apiemulator.kernel.persistence;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.Configuration;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Creates the schema of the in-memory database, which is empty at every start, by running the Flyway migrations
 * as plain scripts in version order: Flyway's history table, checksums and validation protect a database that
 * outlives the process, and cost a fifth of a second of start-up on one that does not. Persistent H2 and
 * PostgreSQL keep Flyway's full migrate.
 */
final class InMemorySchema implements FlywayMigrationStrategy {

    private final Database database;

    InMemorySchema(Database database) {
        this.database = database;
    }

    @Override
    public void migrate(Flyway flyway) {
        if (!database.inMemory()) {
            flyway.migrate();
            return;
        }
        Configuration configuration = flyway.getConfiguration();
        try (Connection connection = configuration.getDataSource().getConnection()) {
            for (Resource script : scripts(configuration)) {
                ScriptUtils.executeSqlScript(connection, script);
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("Could not create the in-memory schema: " + e.getMessage(), e);
        }
    }

    /** The versioned migrations ({@code V<version>__<name>.sql}) of every location, oldest first. */
    private static List<Resource> scripts(Configuration configuration) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<Resource> scripts = new ArrayList<>();
        for (Location location : configuration.getLocations()) {
            String pattern = location.getDescriptor().replaceFirst("^classpath:", "classpath*:") + "/V*__*.sql";
            try {
                scripts.addAll(List.of(resolver.getResources(pattern)));
            }
            catch (IOException e) {
                throw new IllegalStateException("Could not list the migrations in " + location + ": " + e.getMessage(), e);
            }
        }
        scripts.sort(Comparator.comparing(InMemorySchema::version));
        return scripts;
    }

    private static MigrationVersion version(Resource script) {
        String name = script.getFilename();
        return MigrationVersion.fromVersion(name.substring(1, name.indexOf("__")).replace('_', '.'));
    }
}
