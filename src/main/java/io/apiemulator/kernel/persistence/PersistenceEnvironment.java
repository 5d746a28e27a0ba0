package io.apiemulator.kernel.persistence;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code emulator.persistence.enabled=true} switches the embedded H2 database from memory to a file under
 * {@code emulator.data-dir}, so state and partial uploads survive a restart. An explicit
 * {@code spring.datasource.url} (e.g. the postgres profile) always wins.
 */
public class PersistenceEnvironment implements EnvironmentPostProcessor {

    /** H2 keeps 256 parsed statements per connection instead of 8: a reset alone prepares over 60 different ones. */
    static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
            + ";QUERY_CACHE_SIZE=256";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.datasource.url")) {
            return;
        }
        // application.yml is loaded by now: its values are the defaults
        String url;
        if (environment.getRequiredProperty("emulator.persistence.enabled", Boolean.class)) {
            Path dataDir = Path.of(environment.getRequiredProperty("emulator.data-dir")).toAbsolutePath().normalize();
            url = Database.H2_PREFIX + "file:" + dataDir.resolve("db").resolve("emulator") + H2_OPTIONS;
        }
        else {
            url = Database.IN_MEMORY_PREFIX + "emulator-" + Long.toHexString(System.nanoTime()) + H2_OPTIONS
                    + ";DB_CLOSE_DELAY=-1";
        }
        environment.getPropertySources().addLast(new MapPropertySource("emulator-persistence",
                Map.of("spring.datasource.url", url)));
    }
}
