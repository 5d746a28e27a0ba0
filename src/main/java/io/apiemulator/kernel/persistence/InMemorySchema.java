package io.apiemulator.kernel.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
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

    private static final String IN_MEMORY_H2 = "jdbc:h2:mem:";

    @Override
    public void migrate(Flyway flyway) {
        Configuration configuration = flyway.getConfiguration();
        DataSource dataSource = configuration.getDataSource();
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getURL().startsWith(IN_MEMORY_H2)) {
                flyway.migrate();
                return;
            }
            for (Resource script : scripts(configuration)) {
                ScriptUtils.executeSqlScript(connection, script);
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("Could not create the in-memory schema: " + e.getMessage(), e);
        }
    }

    /** The versioned migrations ({@code V<version>__<name>.sql}) of every location, oldest first. */
    private static Resource[] scripts(Configuration configuration) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            Resource[] scripts = Arrays.stream(configuration.getLocations())
                    .flatMap(location -> Arrays.stream(find(resolver, location.getDescriptor())))
                    .toArray(Resource[]::new);
            Arrays.sort(scripts, Comparator.comparing(InMemorySchema::version));
            return scripts;
        }
        catch (UncheckedIOException e) {
            throw new IllegalStateException("Could not list the migrations: " + e.getMessage(), e);
        }
    }

    private static Resource[] find(PathMatchingResourcePatternResolver resolver, String location) {
        try {
            return resolver.getResources(location.replaceFirst("^classpath:", "classpath*:") + "/V*__*.sql");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MigrationVersion version(Resource script) {
        String name = script.getFilename();
        return MigrationVersion.fromVersion(name.substring(1, name.indexOf("__")).replace('_', '.'));
    }
}
