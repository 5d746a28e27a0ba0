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
    static final String IN_MEMORY_PREFIX = H2_PREFIX + "mem:";

    private final boolean embedded;
    private final boolean inMemory;

    public Database(Environment environment) {
        String url = environment.getRequiredProperty("spring.datasource.url");
        this.embedded = url.startsWith(H2_PREFIX);
        this.inMemory = url.startsWith(IN_MEMORY_PREFIX);
    }

    /** Embedded H2: no other process uses it. */
    public boolean embedded() {
        return embedded;
    }

    /** In-memory H2: empty at every start, gone at the end. */
    public boolean inMemory() {
        return inMemory;
    }

    /** PostgreSQL, the only other database the emulator supports (the {@code postgres} profile). */
    public boolean postgres() {
        return !embedded;
    }
}
