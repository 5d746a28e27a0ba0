package io.apiemulator.kernel.persistence;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The schema, made before Hibernate boots. Flyway is used directly rather than through Spring Boot's
 * auto-configuration, which set it up at every start, also where the migrations run without it.
 */
@Configuration(proxyBeanMethods = false)
class SchemaConfiguration {

    @Bean
    Schema schema(Database database, DataSource dataSource) {
        return new Schema(database, dataSource);
    }

    @Bean
    static SchemaBeforeHibernate schemaBeforeHibernate(ObjectProvider<Schema> schema) {
        return new SchemaBeforeHibernate(schema);
    }
}
