package io.apiemulator.kernel.http;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An encoded slash in the path ({@code /v1/resources/files/..%2Fetc}) is refused by Tomcat itself by default,
 * with an empty 400 no family would send. Passed through, the application's firewall refuses it instead, and
 * that 400 is rendered through the error page in the envelope of the family that owns the path.
 */
@Configuration(proxyBeanMethods = false)
class EncodedSlashConfiguration {

    @Bean
    TomcatConnectorCustomizer encodedSlashesReachTheApplication() {
        return connector -> connector.setEncodedSolidusHandling("passthrough");
    }
}
