package io.apiemulator.admin.reset;

import java.util.List;

import io.apiemulator.kernel.state.ResetListener;
import io.apiemulator.kernel.state.SeededState;
import io.apiemulator.kernel.state.StateLock;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Back to the seeded state: tables emptied, out-of-database state dropped (each {@link ResetListener}: upload
 * bytes, the request journal, fault rules, ...), then seeders and the seed file run again, all in one
 * transaction that other instances on the same database wait for.
 */
@Service
public class EmulatorReset {

    private static final Logger log = LoggerFactory.getLogger(EmulatorReset.class);

    private final DatabaseTables tables;
    private final List<ResetListener> listeners;
    private final SeededState seededState;
    private final StateLock lock;
    private final TransactionTemplate transaction;

    EmulatorReset(DatabaseTables tables, List<ResetListener> listeners, SeededState seededState, StateLock lock,
            PlatformTransactionManager transactions) {
        this.tables = tables;
        this.listeners = listeners;
        this.seededState = seededState;
        this.lock = lock;
        this.transaction = new TransactionTemplate(transactions);
    }

    public Result reset() {
        long start = System.nanoTime();
        Result result = transaction.execute(status -> {
            lock.lockForTransaction();
            List<String> emptied = tables.empty();
            listeners.forEach(ResetListener::reset);
            SeededState.Restored restored = seededState.restoreIntoEmptyTables();
            return new Result(emptied, listeners.stream().map(l -> l.getClass().getSimpleName()).toList(),
                    restored.seeders(), restored.seedFile(), 0);
        });
        double millis = (System.nanoTime() - start) / 1_000_000.0;
        log.info("Reset to the seeded state in {} ms", String.format("%.1f", millis));
        return result.took(millis);
    }

    /** What a reset did, as the admin API reports it. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Result(List<String> tablesEmptied, List<String> resetListeners, int seeders, String seedFile,
            double durationMs) {

        Result took(double millis) {
            return new Result(tablesEmptied, resetListeners, seeders, seedFile, Math.round(millis * 10) / 10.0);
        }
    }
}
