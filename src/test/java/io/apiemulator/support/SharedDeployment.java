package io.apiemulator.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.apiemulator.ApiEmulatorApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Two emulator instances in this JVM, as a load-balanced deployment runs them: the postgres profile on the
 * database named by {@code EMULATOR_DB_URL}, one shared data directory, each on its own random port. They
 * start at the same time, as replicas do, so start-up races (migrations, seeding, signing keys) are covered.
 * Only logging is initialised one after the other: Logback's context is shared by the JVM, and two Spring Boot
 * applications configuring it at once fail with a ConcurrentModificationException.
 */
public final class SharedDeployment implements AutoCloseable {

    private final Path dataDir;
    private final List<ConfigurableApplicationContext> instances;

    private SharedDeployment(Path dataDir, List<ConfigurableApplicationContext> instances) {
        this.dataDir = dataDir;
        this.instances = instances;
    }

    /** Starts both instances; extra {@code key=value} properties apply to both. */
    public static SharedDeployment start(String... properties) throws IOException {
        Path dataDir = Files.createTempDirectory("emulator-shared-");
        CountDownLatch loggingReady = new CountDownLatch(1);
        CompletableFuture<ConfigurableApplicationContext> a = CompletableFuture.supplyAsync(
                () -> run(dataDir, loggingReady, properties));
        CompletableFuture<ConfigurableApplicationContext> b = CompletableFuture.supplyAsync(() -> {
            awaitQuietly(loggingReady);
            return run(dataDir, new CountDownLatch(1), properties);
        });
        return new SharedDeployment(dataDir, List.of(a.join(), b.join()));
    }

    private static ConfigurableApplicationContext run(Path dataDir, CountDownLatch loggingReady,
            String... properties) {
        // command-line arguments: they outrank application.yml, unlike the builder's default properties
        // validate: the entities must match the schema Flyway made on PostgreSQL too (the server itself skips it)
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--emulator.data-dir=" + dataDir,
                "--spring.jpa.hibernate.ddl-auto=validate",
                "--spring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access=true"));
        Arrays.stream(properties).map(p -> "--" + p).forEach(args::add);
        return new SpringApplicationBuilder(ApiEmulatorApplication.class).profiles("postgres")
                .listeners(event -> {
                    if (event instanceof ApplicationContextInitializedEvent) {
                        loggingReady.countDown();
                    }
                })
                .run(args.toArray(String[]::new));
    }

    /** Waits for the other instance's logging to be set up; if it fails first, its own error is reported. */
    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Base URL of instance A. */
    public String a() {
        return baseUrl(0);
    }

    /** Base URL of instance B. */
    public String b() {
        return baseUrl(1);
    }

    public Path dataDir() {
        return dataDir;
    }

    /** A bean of instance 0 (A) or 1 (B), for assertions the HTTP API cannot make. */
    public <T> T bean(int instance, Class<T> type) {
        return instances.get(instance).getBean(type);
    }

    private String baseUrl(int instance) {
        return "http://localhost:" + ((WebServerApplicationContext) instances.get(instance)).getWebServer().getPort();
    }

    @Override
    public void close() {
        instances.forEach(ConfigurableApplicationContext::close);
        FileSystemUtils.deleteRecursively(dataDir.toFile());
    }
}
