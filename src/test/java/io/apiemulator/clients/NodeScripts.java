package io.apiemulator.clients;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.restassured.path.json.JsonPath;

import tools.jackson.databind.json.JsonMapper;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the real clients' scripts in {@code src/test/js} (tus-js-client pinned by its lockfile) with Node:
 * installs them with {@code npm ci} on first use, passes the input as one JSON argument and reads the one JSON
 * line the script prints. Tests skip, saying why, when Node or Chromium is not installed.
 * <p>
 * The registry can drop a connection mid-install (seen in CI: ECONNRESET), so {@code npm ci} is retried, and an
 * install counts as done only when npm has written its hidden lockfile, which it does last: a half-installed
 * {@code node_modules} is never taken for a whole one.
 */
final class NodeScripts {

    static final Path DIR = Path.of("src/test/js");
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long TIMEOUT_SECONDS = 180;
    private static final Path INSTALLED = DIR.resolve("node_modules/.package-lock.json");
    private static final List<String> NPM_CI = List.of("npm", "ci", "--no-audit", "--no-fund", "--fetch-retries=5",
            "--fetch-retry-mintimeout=2000", "--fetch-retry-maxtimeout=30000");
    private static final int INSTALL_ATTEMPTS = 3;

    private NodeScripts() {
    }

    static void assumeNode() {
        assumeTrue(works("node", "--version"), "node is not installed: the tus-js-client tests need Node 18+");
    }

    static void assumeChromium() {
        assumeNode();
        assumeTrue(Files.isExecutable(CHROMIUM), CHROMIUM + " is missing: install Debian's chromium package "
                + "(or set CHROMIUM) for the browser test");
    }

    /** Runs {@code node <script> '<input as JSON>'} and returns what the script printed last, as JSON. */
    static JsonPath run(String script, Map<String, Object> input) throws IOException, InterruptedException {
        install();
        List<String> command = new ArrayList<>(List.of("node", script, JSON.writeValueAsString(input)));
        String output = exec(command);
        String[] lines = output.strip().split("\n");
        return JsonPath.from(lines[lines.length - 1]);
    }

    private static synchronized void install() throws IOException, InterruptedException {
        for (int attempt = 1; !Files.exists(INSTALLED); attempt++) {
            try {
                exec(NPM_CI);
                if (!Files.exists(INSTALLED)) {
                    throw new IllegalStateException("npm ci succeeded but wrote no " + INSTALLED);
                }
            }
            catch (IllegalStateException failed) {
                if (attempt == INSTALL_ATTEMPTS) {
                    throw failed;
                }
                Thread.sleep(attempt * 10_000L);
            }
        }
    }

    private static String exec(List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("node-script", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(DIR.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command.get(0) + " " + command.get(1) + " timed out after "
                        + TIMEOUT_SECONDS + " s:\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command.get(0) + " " + command.get(1) + " exited with "
                        + process.exitValue() + ":\n" + output);
            }
            return output;
        }
        finally {
            Files.deleteIfExists(log);
        }
    }

    private static boolean works(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        }
        catch (IOException e) {
            return false;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
