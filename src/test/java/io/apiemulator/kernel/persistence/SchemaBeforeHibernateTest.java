package io.apiemulator.kernel.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The schema is made on Hibernate's bootstrap thread, before Hibernate's factory is built, or at once without one. */
class SchemaBeforeHibernateTest {

    private final DataSource dataSource = inMemory("schema-before-hibernate-" + UUID.randomUUID());
    private final SchemaBeforeHibernate postProcessor = postProcessor(dataSource);

    @Test
    void onTheBootstrapThreadTheSchemaComesBeforeTheFactory() throws Exception {
        LocalContainerEntityManagerFactoryBean factory = new LocalContainerEntityManagerFactoryBean();
        factory.setBootstrapExecutor(new SimpleAsyncTaskExecutor("bootstrap-"));

        postProcessor.postProcessBeforeInitialization(factory, "entityManagerFactory");
        assertThat(tables(dataSource)).as("nothing on the calling thread").isZero();

        Future<Integer> build = factory.getBootstrapExecutor().submit(() -> {
            assertThat(Thread.currentThread().getName()).startsWith("bootstrap-");
            return tables(dataSource);
        });
        assertThat(build.get()).isPositive();
    }

    @Test
    void withoutABootstrapThreadTheSchemaIsMadeAtOnce() throws Exception {
        postProcessor.postProcessBeforeInitialization(new LocalContainerEntityManagerFactoryBean(),
                "entityManagerFactory");

        assertThat(tables(dataSource)).isPositive();
    }

    @Test
    void aFailedSchemaFailsTheFactoryBuild() throws Exception {
        JdbcDataSource unreachable = new JdbcDataSource();
        unreachable.setURL("jdbc:h2:tcp://127.0.0.1:1/nothing-listens-here");
        LocalContainerEntityManagerFactoryBean factory = new LocalContainerEntityManagerFactoryBean();
        factory.setBootstrapExecutor(new SimpleAsyncTaskExecutor("bootstrap-"));
        postProcessor(unreachable).postProcessBeforeInitialization(factory, "entityManagerFactory");

        Future<String> build = factory.getBootstrapExecutor().submit(() -> "built");

        assertThatThrownBy(build::get).isInstanceOf(ExecutionException.class)
                .hasMessageContaining("Could not create the schema");
    }

    private static SchemaBeforeHibernate postProcessor(DataSource dataSource) {
        Database database = new Database(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:mem:"));
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("schema", new Schema(database, dataSource));
        return new SchemaBeforeHibernate(beans.getBeanProvider(Schema.class));
    }

    private static DataSource inMemory(String name) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        return h2;
    }

    private static int tables(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection();
                ResultSet rs = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            int count = 0;
            while (rs.next()) {
                count++;
            }
            return count;
        }
    }
}
