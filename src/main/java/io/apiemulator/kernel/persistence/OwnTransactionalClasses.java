package io.apiemulator.kernel.persistence;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Role;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionAttributeSource;

/**
 * {@code @Transactional} as read on this server's own classes only. Spring's default source asks every method of
 * every bean, framework beans included, for the annotation when the beans are made (7 % of the fast start-up's main
 * thread); none of those carries it, and Spring Data's repositories get their transactions from Spring Data's own
 * interceptor. Being primary, this source is the one the transaction advisor and interceptor are given.
 */
@Configuration(proxyBeanMethods = false)
class OwnTransactionalClasses {

    private static final String OWN_PACKAGE = "io.apiemulator.";

    @Bean
    @Primary
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static TransactionAttributeSource ownTransactionAttributeSource() {
        // not public-only: @Transactional on protected methods of class-based proxies counts, as in Spring's default
        return new AnnotationTransactionAttributeSource(false) {
            @Override
            public boolean isCandidateClass(Class<?> targetClass) {
                return targetClass.getName().startsWith(OWN_PACKAGE) && super.isCandidateClass(targetClass);
            }
        };
    }
}
