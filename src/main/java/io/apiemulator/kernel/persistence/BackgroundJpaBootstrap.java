package io.apiemulator.kernel.persistence;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.data.repository.Repository;

/**
 * Lets Hibernate boot on another thread while the web, security and API beans are made (application.yml: the
 * repositories' {@code bootstrap-mode: deferred}), so the two halves of the start-up share the two cores.
 * <p>
 * For that, nothing may touch a repository while it is being made: every bean gets its repositories as lazy
 * proxies. Spring Data arranges that when it scans for repositories at start-up, but with Spring AOT (the
 * packaged jar, the Docker image) that scan happened at build time and its resolver is not there, so the first
 * bean with a repository would wait for Hibernate at once. The same rule is set here for both ways of starting.
 * Once the context is refreshed every repository is made, so the first request does not pay for it.
 */
@Configuration(proxyBeanMethods = false)
class BackgroundJpaBootstrap {

    @Bean
    static BeanFactoryPostProcessor repositoriesInjectedLazily() {
        return beanFactory -> ((DefaultListableBeanFactory) beanFactory)
                .setAutowireCandidateResolver(new LazyRepositories());
    }

    @Bean
    static ApplicationListener<ContextRefreshedEvent> repositoriesMadeWhenRefreshed(ListableBeanFactory beans) {
        return refreshed -> beans.getBeansOfType(Repository.class);
    }

    private static final class LazyRepositories extends ContextAnnotationAutowireCandidateResolver {

        @Override
        protected boolean isLazy(DependencyDescriptor descriptor) {
            return Repository.class.isAssignableFrom(descriptor.getDependencyType()) || super.isLazy(descriptor);
        }
    }
}
