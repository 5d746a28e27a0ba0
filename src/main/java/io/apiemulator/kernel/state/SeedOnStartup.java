package io.apiemulator.kernel.state;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Runs every family's {@link Seeder} once the application context is up. */
@Component
class SeedOnStartup implements ApplicationRunner {

    private final List<Seeder> seeders;

    SeedOnStartup(List<Seeder> seeders) {
        this.seeders = seeders;
    }

    @Override
    public void run(ApplicationArguments args) {
        seeders.forEach(Seeder::seed);
    }
}
