package io.apiemulator.admin.fault;

import java.util.List;
import java.util.Map;

import io.apiemulator.admin.AdminException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FaultController {

    private static final Logger log = LoggerFactory.getLogger(FaultController.class);

    private final FaultRules rules;

    FaultController(FaultRules rules) {
        this.rules = rules;
    }

    @PostMapping(path = "/__admin/faults", consumes = "application/json", produces = "application/json")
    ResponseEntity<Map<String, Object>> add(@RequestBody Map<String, Object> body) {
        FaultRule rule = rules.add(body);
        log.info("Fault rule added: {}", rule.describe());
        return ResponseEntity.status(HttpStatus.CREATED).body(rule.describe());
    }

    @GetMapping(path = "/__admin/faults", produces = "application/json")
    Map<String, Object> list() {
        List<Map<String, Object>> all = rules.all().stream().map(FaultRule::describe).toList();
        return Map.of("faults", all);
    }

    @DeleteMapping("/__admin/faults")
    ResponseEntity<Void> clear() {
        rules.clear();
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/__admin/faults/{id}")
    ResponseEntity<Void> remove(@PathVariable String id) {
        if (!rules.remove(id)) {
            throw new AdminException(HttpStatus.NOT_FOUND, "no fault rule with id " + id);
        }
        return ResponseEntity.noContent().build();
    }
}
