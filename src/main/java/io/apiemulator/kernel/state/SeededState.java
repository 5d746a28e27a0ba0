package io.apiemulator.kernel.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * The state the emulator starts in: every family's {@link Seeder}, then the optional seed file
 * ({@code emulator.seed-file}, YAML or JSON). Restored once all beans exist and before the web server opens
 * its port, so the first request already sees it; restored again by an admin reset.
 */
@Component
@Lazy(false)
public class SeededState implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SeededState.class);

    private final List<Seeder> seeders;
    private final SeedDocuments documents;
    private final StateLock lock;
    private final TransactionTemplate transaction;
    private final Path seedFile;
    /** The seed file, parsed once: a reset re-applies it without reading or parsing it again. */
    private volatile Map<String, Object> seedDocument;

    public SeededState(List<Seeder> seeders, SeedDocuments documents, StateLock lock,
            PlatformTransactionManager transactions, @Value("${emulator.seed-file:}") String seedFile) {
        this.seeders = seeders;
        this.documents = documents;
        this.lock = lock;
        this.transaction = new TransactionTemplate(transactions);
        this.seedFile = StringUtils.hasText(seedFile) ? Path.of(seedFile).toAbsolutePath().normalize() : null;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Restored restored = restore();
        if (restored.seedFile() != null) {
            log.info("Applied seed file {} (sections {})", restored.seedFile(), restored.sections());
        }
    }

    /** Runs the seeders and re-applies the seed file in one transaction (joins the caller's, if any). */
    public Restored restore() {
        return transaction.execute(status -> {
            lock.lockForTransaction();
            seeders.forEach(Seeder::seed);
            List<String> sections = seedFile == null ? List.of() : applySeedFile();
            return new Restored(seeders.size(), seedFile == null ? null : seedFile.toString(), sections);
        });
    }

    private List<String> applySeedFile() {
        try {
            return documents.apply(seedDocument());
        }
        catch (InvalidSeedException e) {
            throw new InvalidSeedException("emulator.seed-file " + seedFile + ": " + e.getMessage());
        }
    }

    private Map<String, Object> seedDocument() {
        Map<String, Object> document = seedDocument;
        if (document == null) {
            try {
                document = documents.parse(Files.readString(seedFile));
            }
            catch (IOException e) {
                throw new IllegalStateException("Cannot read emulator.seed-file " + seedFile + ": " + e.getMessage(), e);
            }
            seedDocument = document;
        }
        return document;
    }

    /** What a restore did: how many seeders ran and which seed file sections were applied. */
    public record Restored(int seeders, String seedFile, List<String> sections) {
    }
}
