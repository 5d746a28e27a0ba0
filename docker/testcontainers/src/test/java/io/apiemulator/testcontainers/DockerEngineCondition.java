package io.apiemulator.testcontainers;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** {@link EnabledIfDockerEngine}: asks the engine at DOCKER_HOST (default the local socket) for {@code /_ping}. */
class DockerEngineCondition implements ExecutionCondition {

    private static final String ENGINE = System.getenv().getOrDefault("DOCKER_HOST", "unix:///var/run/docker.sock");
    private static final long PING_SECONDS = 5;
    private static ConditionEvaluationResult result;

    @Override
    public synchronized ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (result == null) {
            String failure = ping();
            if (failure == null) {
                result = ConditionEvaluationResult.enabled("Docker engine at " + ENGINE);
            }
            else {
                result = ConditionEvaluationResult.disabled("Docker tests skipped: no Docker engine at " + ENGINE
                        + " (" + failure + ")");
                System.out.println(result.getReason().orElseThrow());
            }
        }
        return result;
    }

    /** null when the engine answers 200, else why not. */
    private static String ping() {
        try {
            return CompletableFuture.supplyAsync(DockerEngineCondition::pingOnce)
                    .get(PING_SECONDS, TimeUnit.SECONDS);
        }
        catch (Exception e) {
            return "no answer within " + PING_SECONDS + " s";
        }
    }

    private static String pingOnce() {
        URI engine = URI.create(ENGINE);
        try {
            String status;
            if ("unix".equals(engine.getScheme())) {
                try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                    channel.connect(UnixDomainSocketAddress.of(Path.of(engine.getPath())));
                    status = statusLine(Channels.newOutputStream(channel), Channels.newInputStream(channel));
                }
            }
            else {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(engine.getHost(), engine.getPort()), 5_000);
                    status = statusLine(socket.getOutputStream(), socket.getInputStream());
                }
            }
            return status.contains(" 200 ") ? null : "it answered " + status;
        }
        catch (IOException | RuntimeException e) {
            return e.toString();
        }
    }

    private static String statusLine(OutputStream out, InputStream in) throws IOException {
        out.write("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String response = new String(in.readNBytes(64), StandardCharsets.US_ASCII);
        int end = response.indexOf('\r');
        return end < 0 ? response : response.substring(0, end);
    }
}
