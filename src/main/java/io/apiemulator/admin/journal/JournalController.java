package io.apiemulator.admin.journal;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.apiemulator.admin.AdminException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reads and clears the request journal, WireMock style. */
@RestController
class JournalController {

    private static final int MAX_LIMIT = 100_000;

    private final RequestJournal journal;

    JournalController(RequestJournal journal) {
        this.journal = journal;
    }

    @GetMapping(path = "/__admin/requests", produces = "application/json")
    Map<String, Object> requests(@RequestParam(required = false) String method,
            @RequestParam(name = "path_prefix", required = false) String pathPrefix,
            @RequestParam(name = "path_regex", required = false) String pathRegex,
            @RequestParam(required = false) Integer status, @RequestParam(required = false) String family,
            @RequestParam(required = false) Integer limit) {
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw new AdminException(HttpStatus.BAD_REQUEST, "limit must be between 1 and " + MAX_LIMIT);
        }
        Predicate<JournalEntry> filter = e -> true;
        if (method != null) {
            filter = filter.and(e -> e.method().equalsIgnoreCase(method));
        }
        if (pathPrefix != null) {
            filter = filter.and(e -> e.path().startsWith(pathPrefix));
        }
        if (pathRegex != null) {
            Pattern pattern = compile(pathRegex);
            filter = filter.and(e -> pattern.matcher(e.path()).matches());
        }
        if (status != null) {
            filter = filter.and(e -> e.status() == status);
        }
        if (family != null) {
            filter = filter.and(e -> family.equals(e.family()));
        }
        List<JournalEntry> found = journal.find(filter, limit == null ? MAX_LIMIT : limit);
        return Map.of("requests", found, "total", journal.size());
    }

    @DeleteMapping("/__admin/requests")
    ResponseEntity<Void> clear() {
        journal.clear();
        return ResponseEntity.noContent().build();
    }

    private static Pattern compile(String regex) {
        try {
            return Pattern.compile(regex);
        }
        catch (PatternSyntaxException e) {
            throw new AdminException(HttpStatus.BAD_REQUEST, "path_regex is not a valid regular expression: "
                    + e.getDescription());
        }
    }
}
