package io.apiemulator.kernel.persistence;

import jakarta.persistence.EntityManagerFactory;

import io.apiemulator.support.ApiTest;

import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Hibernate runs on its "none" bytecode provider, so it never sets ByteBuddy up (see {@link NoRuntimeProxies}). */
class NoRuntimeProxiesTest extends ApiTest {

    @Autowired
    private EntityManagerFactory entityManagerFactory;

    @Test
    void hibernateUsesNoBytecodeProvider() {
        BytecodeProvider provider = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .requireService(BytecodeProvider.class);

        assertThat(provider).isInstanceOf(org.hibernate.bytecode.internal.none.BytecodeProviderImpl.class);
    }
}
