package io.apiemulator.kernel.state;

import javax.sql.DataSource;

import io.apiemulator.kernel.persistence.Database;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Serialises whole-state changes (start-up seeding, admin reset) between instances sharing one PostgreSQL
 * database: two instances starting together would otherwise both insert the same seeded rows. Embedded H2
 * belongs to one process, so there is nothing to lock.
 */
@Component
public class StateLock {

    /** Arbitrary, fixed: every instance must take the same advisory lock. */
    private static final long KEY = 0x61706965_6d75L;

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    public StateLock(DataSource dataSource, Database database) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.postgres = database.postgres();
    }

    public boolean postgres() {
        return postgres;
    }

    /** Blocks until no other instance is changing the whole state; released when the transaction ends. */
    public void lockForTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("the state lock is held for a transaction; none is active");
        }
        if (postgres) {
            jdbc.query("SELECT pg_advisory_xact_lock(?)", rs -> null, KEY);
        }
    }
}
