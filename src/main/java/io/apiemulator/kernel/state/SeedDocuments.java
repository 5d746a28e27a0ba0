package io.apiemulator.kernel.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.validation.Validator;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The one way state is seeded: each family's {@link SeedSection}, fed from its configuration at start-up and
 * after a reset, and from seed documents ({@code emulator.seed-file}, {@code POST /__admin/seed}): YAML or JSON
 * whose top-level keys are section names. A document is read whole (every key bound and validated) before
 * anything is written, then applied in one transaction holding the {@link StateLock}: a document applied on one
 * instance while another seeds at start-up or resets would otherwise insert the same rows twice.
 */
@Component
public class SeedDocuments {

    /** A seed document has no business being larger; bounds what a single request can make the parser do. */
    private static final int MAX_CODE_POINTS = 5 * 1024 * 1024;

    private final Map<String, SeedSection<?>> sections = new LinkedHashMap<>();
    private final SeedBinder binder;
    private final StateLock lock;
    private final TransactionTemplate transaction;

    public SeedDocuments(List<SeedSection<?>> sections, Validator validator, StateLock lock,
            PlatformTransactionManager transactions) {
        for (SeedSection<?> section : sections) {
            if (this.sections.putIfAbsent(section.name(), section) != null) {
                throw new IllegalStateException("two seed sections are called '" + section.name() + "'");
            }
        }
        this.binder = new SeedBinder(validator);
        this.lock = lock;
        this.transaction = new TransactionTemplate(transactions);
    }

    public List<String> sectionNames() {
        return List.copyOf(new TreeSet<>(sections.keySet()));
    }

    /** Parses, binds and validates a YAML or JSON document (JSON is YAML). */
    public SeedDocument read(String text) {
        return bind(parse(text));
    }

    /** Binds and validates an already parsed document: its keys are section names. */
    public SeedDocument bind(Map<String, ?> document) {
        document.forEach((name, value) -> {
            if (!sections.containsKey(name)) {
                throw new InvalidSeedException("unknown seed section '" + name + "'; known sections: "
                        + sectionNames());
            }
            if (!(value instanceof Map)) {
                throw new InvalidSeedException("seed section '" + name + "' must be an object");
            }
        });
        List<SeedDocument.Part<?>> parts = new ArrayList<>();
        document.forEach((name, value) -> parts.add(bind(sections.get(name), value)));
        return new SeedDocument(parts);
    }

    /** Every section as the configuration describes it, validated like a document. */
    public SeedDocument configured() {
        List<SeedDocument.Part<?>> parts = new ArrayList<>();
        sections.values().forEach(section -> parts.add(configured(section)));
        return new SeedDocument(parts);
    }

    /** Applies the documents in order, in one transaction (joins the caller's, if any). */
    public void apply(SeedDocument... documents) {
        try {
            transaction.executeWithoutResult(status -> {
                lock.lockForTransaction();
                for (SeedDocument document : documents) {
                    document.parts().forEach(SeedDocument.Part::apply);
                }
            });
        }
        catch (DataAccessException e) {
            throw new InvalidSeedException("seed document conflicts with the stored state: "
                    + e.getMostSpecificCause().getMessage());
        }
    }

    private Map<String, Object> parse(String text) {
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

    private <T> SeedDocument.Part<T> bind(SeedSection<T> section, Object value) {
        try {
            return new SeedDocument.Part<>(section, binder.bind(section, value));
        }
        catch (InvalidSeedException e) {
            throw new InvalidSeedException("seed section '" + section.name() + "': " + e.getMessage());
        }
    }

    private <T> SeedDocument.Part<T> configured(SeedSection<T> section) {
        T value = section.configured();
        try {
            binder.validate(value);
        }
        catch (InvalidSeedException e) {
            throw new InvalidSeedException("emulator." + section.name() + " (the configured seed state): "
                    + e.getMessage());
        }
        return new SeedDocument.Part<>(section, value);
    }
}
