package io.apiemulator.kernel.persistence;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the schema is made: Flyway's migrations, run as plain scripts on the in-memory database. */
@Configuration(proxyBeanMethods = false)
class SchemaConfiguration {

    @Bean
    FlywayMigrationStrategy schemaMigration(Database database) {
        return new InMemorySchema(database);
    }
}
