package io.apiemulator.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged jar run as users run it ({@code java -jar target/api-emulator-*.jar}) on a free port, for
 * out-of-process tests (failsafe). {@link #kill9()} is {@code destroyForcibly}, SIGKILL on Linux: no shutdown
 * hooks, no flushing, as in a crash.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final List<String> jvmOptions;
    private final List<String> arguments;
    private final int port;
    private Process process;
    private String readyLine;
    private volatile boolean aotProcessed;

    private ServerProcess(List<String> jvmOptions, List<String> arguments, int port) {
        this.jvmOptions = jvmOptions;
        this.arguments = arguments;
        this.port = port;
    }

    /** Starts the jar with {@code arguments} (Spring Boot {@code --name=value}) and waits for the ready line. */
    public static ServerProcess start(String... arguments) throws Exception {
        return start(List.of(), arguments);
    }

    /** As {@link #start(String...)}, with options for the JVM ({@code -Dname=value}, {@code -XX:...}). */
    public static ServerProcess start(List<String> jvmOptions, String... arguments) throws Exception {
        ServerProcess server = new ServerProcess(jvmOptions, List.of(arguments), freePort());
        server.launch();
        return server;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    public String readyLine() {
        return readyLine;
    }

    /** Whether it started on Spring AOT's build-time bean definitions (Spring Boot logs "Starting AOT-processed"). */
    public boolean aotProcessed() {
        return aotProcessed;
    }

    /** The output of a JDK diagnostic command run against the server ({@code jcmd PID command}). */
    public String jcmd(String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process run = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), command)
                .redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        run.waitFor(30, TimeUnit.SECONDS);
        return output;
    }

    /** SIGKILL, then waits until the process is gone. */
    public void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Starts the jar again with the same arguments and port (same data dir). */
    public void restart() throws Exception {
        launch();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private void launch() throws Exception {
        aotProcessed = false;
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", packagedJar().toString(), "--server.port=" + port));
        command.addAll(arguments);
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        readyLine = CompletableFuture.supplyAsync(this::awaitReadyLine).get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    private String awaitReadyLine() {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        try {
            String line;
            while ((line = out.readLine()) != null) {
                aotProcessed |= line.contains("Starting AOT-processed");
                if (line.contains("api-emulator ready at")) {
                    // keep draining the output so the server never blocks on a full pipe
                    Thread drain = new Thread(() -> drain(out));
                    drain.setDaemon(true);
                    drain.start();
                    return line;
                }
            }
            throw new IllegalStateException("server exited before it was ready: " + process.waitFor());
        }
        catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads and drops the rest of the output; its end (the process stopped, the pipe closed) is no error. */
    private static void drain(BufferedReader out) {
        try {
            out.lines().forEach(line -> { });
        }
        catch (UncheckedIOException streamClosed) {
            // the server is gone
        }
    }

    private static Path packagedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("api-emulator-[^-]+(-SNAPSHOT)?\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("run mvn package first"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
