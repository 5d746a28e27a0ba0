package stackfloor;

import java.util.Map;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The emulator's libraries on Spring Boot's defaults: the authorization server's and the default security chains,
 * one entity saved at start-up through its repository, and the health body the other contenders answer.
 */
@SpringBootApplication
@RestController
public class StackFloorApplication {

    @GetMapping("/v1/health")
    Map<String, String> health() {
        return Map.of("release_id", "1.0.0", "status", "pass", "version", "v1");
    }

    @Bean
    WebSecurityCustomizer healthUnsecured() {
        return web -> web.ignoring().requestMatchers("/v1/health");
    }

    /** An HMAC key, as the emulator signs with (Boot's default would generate an RSA key at every start). */
    @Bean
    JWKSource<SecurityContext> jwkSource() {
        return new ImmutableJWKSet<>(new JWKSet(new OctetSequenceKey.Builder(new byte[32]).keyID("k").build()));
    }

    @Bean
    ApplicationRunner seed(ItemRepository items) {
        return args -> {
            Item item = new Item();
            item.id = "item-1";
            item.name = "seeded";
            items.save(item);
        };
    }

    public static void main(String[] args) {
        SpringApplication.run(StackFloorApplication.class, args);
    }
}
