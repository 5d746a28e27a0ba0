package io.apiemulator.kernel.persistence;

import io.apiemulator.support.ApiTest;

import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.BeanFactoryTransactionAttributeSourceAdvisor;

import static org.assertj.core.api.Assertions.assertThat;

/** The transaction advisor looks for {@code @Transactional} on this server's classes only. */
class OwnTransactionalClassesTest extends ApiTest {

    @Autowired
    private BeanFactoryTransactionAttributeSourceAdvisor advisor;

    @Test
    void ownClassesWithTransactionalMethodsAreAdvised() {
        assertThat(AopUtils.canApply(advisor, Ledger.class)).isTrue();
    }

    @Test
    void frameworkClassesAreNotEvenLookedAt() {
        assertThat(advisor.getPointcut().getClassFilter().matches(JdbcTemplate.class)).isFalse();
    }

    static class Ledger {

        @Transactional
        public void book() {
        }
    }
}
