package io.apiemulator.admin.seed;

import java.util.List;
import java.util.Map;

import io.apiemulator.kernel.state.SeedDocument;
import io.apiemulator.kernel.state.SeedDocuments;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Applies seed documents sent over HTTP: the same format as {@code emulator.seed-file}. */
@RestController
class SeedController {

    private static final Logger log = LoggerFactory.getLogger(SeedController.class);

    private final SeedDocuments documents;

    SeedController(SeedDocuments documents) {
        this.documents = documents;
    }

    @PostMapping(path = "/__admin/seed", produces = "application/json", consumes = {"application/json",
            "application/yaml", "application/x-yaml", "text/yaml", "text/plain"})
    Map<String, Object> seed(@RequestBody String body) {
        SeedDocument document = documents.read(body);
        documents.apply(document);
        List<String> applied = document.sectionNames();
        log.info("Applied seed document (sections {})", applied);
        return Map.of("applied", applied);
    }

    @GetMapping(path = "/__admin/seed/sections", produces = "application/json")
    Map<String, Object> sections() {
        return Map.of("sections", documents.sectionNames());
    }
}
