package io.apiemulator.testcontainers;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * api-emulator in a container, for users' Testcontainers tests:
 * <pre>
 * &#64;Container
 * static ApiEmulatorContainer emulator = new ApiEmulatorContainer("api-emulator:local");
 * ... emulator.baseUrl(), emulator.onnaClientId(), emulator.nuonToken() ...
 * </pre>
 * Ready when the single "api-emulator ready at ..." log line appears; the demo credentials are read from it.
 * Shipped as {@code io.apiemulator:api-emulator-testcontainers}.
 */
public class ApiEmulatorContainer extends GenericContainer<ApiEmulatorContainer> {

    public static final int PORT = 8080;
    /** System property, then environment variable, naming a prebuilt image (see {@link #configuredImage()}). */
    public static final String IMAGE_PROPERTY = "api-emulator.image";
    public static final String IMAGE_VARIABLE = "API_EMULATOR_IMAGE";

    /** What {@link #fromDockerfile} sends of a checkout: every path docker/Dockerfile copies from its context. */
    static final List<String> BUILD_CONTEXT =
            List.of(".mvn", "mvnw", "pom.xml", "openapi", "src", "scripts/training-run.sh", "docker/Dockerfile");

    static final Pattern READY_LINE = Pattern.compile("api-emulator ready at \\S+ \\((.*)\\); Swagger UI at");
    private static final Pattern PAIR = Pattern.compile("([a-z_]+)=(\\S+?)(?=[;\\s]|$)");

    public ApiEmulatorContainer(String image) {
        this(DockerImageName.parse(image));
    }

    public ApiEmulatorContainer(DockerImageName image) {
        super(image);
        exposeAndWaitForReadyLine();
    }

    /** An image built from a Dockerfile, e.g. this repository's {@code docker/Dockerfile}. */
    public ApiEmulatorContainer(ImageFromDockerfile image) {
        super(image);
        exposeAndWaitForReadyLine();
    }

    /** The image named by {@code -Dapi-emulator.image=...} or {@code API_EMULATOR_IMAGE}, if either is set. */
    public static Optional<String> configuredImage() {
        return Optional.ofNullable(System.getProperty(IMAGE_PROPERTY)).or(() -> Optional.ofNullable(
                System.getenv(IMAGE_VARIABLE))).map(String::trim).filter(name -> !name.isEmpty());
    }

    /**
     * The image built from a checkout's {@code docker/Dockerfile} with the checkout as build context (only the
     * files the build reads are sent). Build arguments, e.g. local base images, can be added to what it returns:
     * {@code .withBuildArg("JDK_IMAGE", "api-emulator-base:25-jdk")}.
     */
    public static ImageFromDockerfile fromDockerfile(Path repository) {
        ImageFromDockerfile image = new ImageFromDockerfile("api-emulator-testcontainers", false);
        for (String file : BUILD_CONTEXT) {
            image.withFileFromPath(file, repository.resolve(file));
        }
        return image.withDockerfilePath("docker/Dockerfile");
    }

    private void exposeAndWaitForReadyLine() {
        withExposedPorts(PORT);
        waitingFor(Wait.forLogMessage(".*api-emulator ready at .*", 1).withStartupTimeout(Duration.ofMinutes(2)));
    }

    /** Applies a seed document (YAML or JSON) at start-up, before the first request. */
    public ApiEmulatorContainer withSeedFile(MountableFile seed) {
        withCopyFileToContainer(seed, "/app/seed.yaml");
        return withEnv("EMULATOR_SEED_FILE", "/app/seed.yaml");
    }

    public String baseUrl() {
        return "http://" + getHost() + ":" + getMappedPort(PORT);
    }

    public String onnaClientId() {
        return announced("onna", "client_id").orElse("demo-client");
    }

    public String onnaClientSecret() {
        return announced("onna", "client_secret").orElse("demo-secret");
    }

    /** A fresh Onna access token for the announced demo client. */
    public String onnaToken() {
        return OnnaTokens.fetch(baseUrl(), onnaClientId(), onnaClientSecret());
    }

    public Optional<String> nuonToken() {
        return announced("nuon", "token");
    }

    public Optional<String> nuonOrgId() {
        return announced("nuon", "org_id");
    }

    public Optional<String> mechamentalToken() {
        return announced("mechamental", "token");
    }

    /** A {@code key=value} of one family's part of the ready line, e.g. ("nuon", "org_id"). */
    public Optional<String> announced(String family, String key) {
        return Optional.ofNullable(parseReadyLine(getLogs()).getOrDefault(family, Map.of()).get(key));
    }

    /** The ready line's parts by family: {@code onna client_id=a client_secret=b; nuon token=t org_id=o}. */
    static Map<String, Map<String, String>> parseReadyLine(String logs) {
        Matcher line = READY_LINE.matcher(logs);
        if (!line.find()) {
            return Map.of();
        }
        Map<String, Map<String, String>> families = new LinkedHashMap<>();
        for (String part : line.group(1).split(";")) {
            String trimmed = part.trim();
            int space = trimmed.indexOf(' ');
            if (space < 0) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            Matcher pair = PAIR.matcher(trimmed.substring(space + 1));
            while (pair.find()) {
                values.put(pair.group(1), pair.group(2));
            }
            families.put(trimmed.substring(0, space), values);
        }
        return families;
    }
}
