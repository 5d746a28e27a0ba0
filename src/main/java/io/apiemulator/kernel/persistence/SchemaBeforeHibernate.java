package io.apiemulator.kernel.persistence;

import java.util.concurrent.Callable;
import java.util.concurrent.Future;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/**
 * Makes the {@link Schema} on the thread Hibernate boots on, just before it (the repositories' deferred bootstrap
 * gives it one), rather than on the main thread: Hibernate boots without the database, and everything that reads
 * or writes goes through its entity manager factory, so it waits for both. Without a bootstrap thread the schema is
 * made before Hibernate boots, on the thread that creates it.
 */
class SchemaBeforeHibernate implements BeanPostProcessor {

    private final ObjectProvider<Schema> schema;

    SchemaBeforeHibernate(ObjectProvider<Schema> schema) {
        this.schema = schema;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof LocalContainerEntityManagerFactoryBean factory) {
            Schema toMake = schema.getObject();
            AsyncTaskExecutor bootstrap = factory.getBootstrapExecutor();
            if (bootstrap == null) {
                toMake.create();
            }
            else {
                factory.setBootstrapExecutor(new SchemaFirst(bootstrap, toMake));
            }
        }
        return bean;
    }

    /** The bootstrap executor, with the schema made first in the task that builds Hibernate's factory. */
    private record SchemaFirst(AsyncTaskExecutor bootstrap, Schema schema) implements AsyncTaskExecutor {

        @Override
        public <T> Future<T> submit(Callable<T> buildFactory) {
            // a failure lands in the future, where the first use of the factory finds it
            return bootstrap.submit(() -> {
                schema.create();
                return buildFactory.call();
            });
        }

        @Override
        public void execute(Runnable task) {
            bootstrap.execute(task);
        }
    }
}
