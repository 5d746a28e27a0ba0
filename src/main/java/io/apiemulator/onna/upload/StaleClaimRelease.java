package io.apiemulator.onna.upload;

import io.apiemulator.kernel.persistence.Database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a crash (kill -9 mid-PATCH) the persisted database still holds the dead request's claim, and the
 * resuming client would get 423 until {@code claim-timeout} passes. An embedded H2 database belongs to this
 * process alone, so every claim in it at start-up is stale and is released before the port opens. A shared
 * database (the postgres profile) may hold live claims of other instances: there claims lapse on their own.
 */
@Component
class StaleClaimRelease implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StaleClaimRelease.class);

    private final UploadRepository uploads;
    private final TransactionTemplate transactions;
    private final Database database;

    StaleClaimRelease(UploadRepository uploads, TransactionTemplate transactions, Database database) {
        this.uploads = uploads;
        this.transactions = transactions;
        this.database = database;
    }

    @Override
    public void afterSingletonsInstantiated() {
        // a new in-memory database holds no claims
        if (!database.embedded() || database.inMemory()) {
            return;
        }
        Integer released = transactions.execute(status -> uploads.releaseAllClaims());
        if (released != null && released > 0) {
            log.info("Released {} upload claim(s) left by a previous run", released);
        }
    }
}
