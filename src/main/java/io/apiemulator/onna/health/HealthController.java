package io.apiemulator.onna.health;

import java.util.LinkedHashMap;
import java.util.Map;

import io.apiemulator.onna.OnnaProperties;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class HealthController {

    private final OnnaProperties properties;

    HealthController(OnnaProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/v1/health")
    Map<String, String> health() {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("release_id", properties.releaseId());
        body.put("status", "pass");
        body.put("version", "v1");
        return body;
    }
}
