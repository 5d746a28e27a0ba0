package io.apiemulator.kernel.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Seed documents (the start-up {@code emulator.seed-file} and {@code POST /__admin/seed}): YAML or JSON whose
 * top-level keys are {@link SeedSection#name()}s. A document is applied all or nothing: every key is checked
 * before anything runs, and all sections share one transaction, which holds the {@link StateLock}: a document
 * applied on one instance while another seeds at start-up or resets would otherwise insert the same rows twice.
 */
@Component
public class SeedDocuments {

    /** A seed document has no business being larger; bounds what a single request can make the parser do. */
    private static final int MAX_CODE_POINTS = 5 * 1024 * 1024;

    private final Map<String, List<SeedSection>> sections = new LinkedHashMap<>();
    private final StateLock lock;
    private final TransactionTemplate transaction;

    public SeedDocuments(List<SeedSection> sections, StateLock lock, PlatformTransactionManager transactions) {
        // several beans may share a name (e.g. two Onna packages): each receives the same section
        sections.forEach(s -> this.sections.computeIfAbsent(s.name(), n -> new ArrayList<>()).add(s));
        this.lock = lock;
        this.transaction = new TransactionTemplate(transactions);
    }

    public List<String> sectionNames() {
        return List.copyOf(new TreeSet<>(sections.keySet()));
    }

    /** Parses YAML or JSON (JSON is YAML) into the top-level map. */
    public Map<String, Object> parse(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowDuplicateKeys(false);
        Object document;
        try {
            document = new Yaml(new SafeConstructor(options)).load(text);
        }
        catch (YAMLException e) {
            throw new InvalidSeedException("seed document is neither valid YAML nor JSON: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!(document instanceof Map<?, ?> map)) {
            throw new InvalidSeedException("seed document must be an object whose keys are section names "
                    + sectionNames());
        }
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((key, value) -> result.put(String.valueOf(key), value));
        return result;
    }

    /** Applies every section of the document in one transaction; returns the section names applied. */
    public List<String> apply(Map<String, Object> document) {
        document.forEach((name, value) -> {
            if (!sections.containsKey(name)) {
                throw new InvalidSeedException("unknown seed section '" + name + "'; known sections: "
                        + sectionNames());
            }
            if (!(value instanceof Map)) {
                throw new InvalidSeedException("seed section '" + name + "' must be an object");
            }
        });
        try {
            transaction.executeWithoutResult(status -> {
                lock.lockForTransaction();
                document.forEach(this::applySection);
            });
        }
        catch (DataAccessException e) {
            throw new InvalidSeedException("seed document conflicts with the stored state: "
                    + e.getMostSpecificCause().getMessage());
        }
        return List.copyOf(document.keySet());
    }

    @SuppressWarnings("unchecked")
    private void applySection(String name, Object value) {
        for (SeedSection section : sections.get(name)) {
            try {
                section.apply((Map<String, Object>) value);
            }
            catch (InvalidSeedException e) {
                throw new InvalidSeedException("seed section '" + name + "': " + e.getMessage());
            }
        }
    }
}
