package io.apiemulator.kernel.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.apiemulator.kernel.persistence.Database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The state the emulator starts in: every section's configured state, then the optional seed file
 * ({@code emulator.seed-file}, YAML or JSON). Both are read and validated once, when all beans exist (a bad seed
 * file stops the start-up, naming the key), and applied before the web server opens its port, so the first
 * request already sees them; an admin reset applies them again without reading anything.
 */
@Component
@Lazy(false)
public class SeededState implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SeededState.class);

    private final SeedDocuments documents;
    private final SeedLookup lookup;
    private final Database database;
    private final Path seedFile;
    private volatile SeedDocument configured;
    private volatile SeedDocument fromFile;

    public SeededState(SeedDocuments documents, SeedLookup lookup, Database database,
            @Value("${emulator.seed-file}") String seedFile) {
        this.documents = documents;
        this.lookup = lookup;
        this.database = database;
        this.seedFile = StringUtils.hasText(seedFile) ? Path.of(seedFile).toAbsolutePath().normalize() : null;
    }

    @Override
    public void afterSingletonsInstantiated() {
        configured = documents.configured();
        fromFile = seedFile == null ? new SeedDocument(List.of()) : readSeedFile();
        // the in-memory database is empty at every start, and nothing else writes to it before the port opens
        Restored restored = database.inMemory() ? restoreIntoEmptyTables() : restore();
        if (restored.seedFile() != null) {
            log.info("Applied seed file {} (sections {})", restored.seedFile(), restored.sections());
        }
    }

    /** Applies the configured state, then the seed file, in one transaction (joins the caller's, if any). */
    public Restored restore() {
        documents.apply(configured, fromFile);
        return new Restored(configured.parts().size(), seedFile == null ? null : seedFile.toString(),
                fromFile.sectionNames());
    }

    /** {@link #restore} into tables that are empty and that no one else writes to meanwhile: look-ups send no SQL. */
    public Restored restoreIntoEmptyTables() {
        return lookup.intoEmptyTables(this::restore);
    }

    private SeedDocument readSeedFile() {
        String text;
        try {
            text = Files.readString(seedFile);
        }
        catch (IOException e) {
            throw new IllegalStateException("Cannot read emulator.seed-file " + seedFile + ": " + e.getMessage(), e);
        }
        try {
            return documents.read(text);
        }
        catch (InvalidSeedException e) {
            throw new InvalidSeedException("emulator.seed-file " + seedFile + ": " + e.getMessage());
        }
    }

    /** What a restore did: how many sections' configured state and which seed file sections were applied. */
    public record Restored(int seeders, String seedFile, List<String> sections) {
    }
}
