package io.apiemulator.kernel.persistence;

import java.util.Map;

import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.cfg.BytecodeSettings;
import org.hibernate.service.spi.ServiceContributor;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Hibernate without ByteBuddy: no entity here is ever a lazy proxy or enhanced (associations are held as ids and
 * read with {@code findById}), yet setting ByteBuddy up loaded about 930 classes and generated a proxy class per
 * entity at every start. Hibernate 7 picks its bytecode provider by service loader, so the "none" provider is
 * contributed as a service (this class is listed in {@code META-INF/services}), and handed to the JPA class
 * transformer Hibernate makes even when nothing uses it, which would otherwise build a ByteBuddy one of its own.
 */
@Component
public final class NoRuntimeProxies implements ServiceContributor, HibernatePropertiesCustomizer {

    private static final BytecodeProvider NONE = new org.hibernate.bytecode.internal.none.BytecodeProviderImpl();

    @Override
    public void contribute(StandardServiceRegistryBuilder serviceRegistryBuilder) {
        serviceRegistryBuilder.addService(BytecodeProvider.class, NONE);
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        hibernateProperties.put(BytecodeSettings.BYTECODE_PROVIDER_INSTANCE, NONE);
    }
}
