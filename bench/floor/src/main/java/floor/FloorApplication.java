package floor;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** One controller answering the emulator's health body: what Spring Boot webmvc costs before any bean of ours. */
@SpringBootApplication
@RestController
public class FloorApplication {

    @GetMapping("/v1/health")
    Map<String, String> health() {
        return Map.of("release_id", "1.0.0", "status", "pass", "version", "v1");
    }

    public static void main(String[] args) {
        SpringApplication.run(FloorApplication.class, args);
    }
}
