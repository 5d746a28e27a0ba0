package io.apiemulator.kernel.persistence;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Which database the emulator runs on, known in one place: embedded H2 (set up by {@link PersistenceEnvironment}
 * unless {@code spring.datasource.url} names another) belongs to this process alone; PostgreSQL may be shared
 * by several instances.
 */
@Component
public class Database {

    static final String H2_PREFIX = "jdbc:h2:";

    private final boolean embedded;

    public Database(Environment environment) {
        this.embedded = environment.getRequiredProperty("spring.datasource.url").startsWith(H2_PREFIX);
    }

    /** Embedded H2: no other process uses it. */
    public boolean embedded() {
        return embedded;
    }

    /** PostgreSQL, the only other database the emulator supports (the {@code postgres} profile). */
    public boolean postgres() {
        return !embedded;
    }
}
