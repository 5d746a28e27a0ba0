package io.apiemulator.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mixed load on a running emulator: {@code clients} virtual clients for {@code seconds}, each looping over Onna
 * token / create workspace / list / TUS upload, Nuon create build and MechaMental create + activate, in tenants
 * of its own (seeded through {@code /__admin/seed}). Afterwards it lists everything back and counts: every
 * created record must be listed exactly once, and each MechaMental app must have exactly one active release.
 * JDK only, so {@code bench/load.sh} runs it as a single source file:
 * {@code java LoadDriver.java http://localhost:8080 50 60}.
 */
public final class LoadDriver {

    private static final int APPS = 4;
    private static final Pattern CURSOR = Pattern.compile("\"cursor\"\\s*:\\s*\"([^\"]+)\"");

    private final String base;
    private final Map<String, String> adminHeaders;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String clientId = "load-client-" + run;
    private final String secret = "load-secret-" + run;
    private final String nuonToken = "load-token-" + run;
    private final String nuonOrg = nuonId("org");
    private final String nuonComponent = nuonId("cmp");
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong serverErrors = new AtomicLong();
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    private final Queue<String> workspaces = new ConcurrentLinkedQueue<>();
    private final Queue<String> builds = new ConcurrentLinkedQueue<>();
    private final Map<String, Queue<String>> releases = new ConcurrentHashMap<>();

    /** What a run did and what the listings found afterwards. */
    public record Result(long requests, long serverErrors, List<String> failures, int workspacesCreated,
            int workspacesListedOnce, int buildsCreated, int buildsListedOnce, int releasesCreated,
            int releasesListedOnce, List<Integer> activePerApp) {

        public boolean clean() {
            return serverErrors == 0 && failures.isEmpty() && workspacesCreated == workspacesListedOnce
                    && buildsCreated == buildsListedOnce && releasesCreated == releasesListedOnce
                    && activePerApp.stream().allMatch(n -> n == 1);
        }
    }

    public LoadDriver(String base) {
        this(base, null);
    }

    /** A driver for a server whose admin API wants {@code adminToken} (emulator.admin.token). */
    public LoadDriver(String base, String adminToken) {
        this.base = base;
        this.adminHeaders = adminToken == null ? Map.of() : Map.of("Authorization", "Bearer " + adminToken);
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        Result result = new LoadDriver(base).run(clients, Duration.ofSeconds(seconds));
        System.out.println(result);
        System.exit(result.clean() ? 0 : 1);
    }

    public Result run(int clients, Duration duration) throws Exception {
        seed();
        for (int app = 0; app < APPS; app++) {
            releases.put("/v1/orgs/demo-org/workspaces/demo-ws/apps/load-" + run + "-" + app + "/releases",
                    new ConcurrentLinkedQueue<>());
        }
        List<String> apps = new ArrayList<>(releases.keySet());
        long deadline = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.submit(() -> {
                for (int step = 0; System.nanoTime() < deadline; step++) {
                    try {
                        act(step % 4, apps.get((client + step) % APPS));
                    }
                    catch (Exception e) {
                        failures.add(e.toString());
                    }
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(duration.toSeconds() + 120, TimeUnit.SECONDS)) {
            failures.add("clients still running after the deadline");
        }
        return count();
    }

    private void act(int action, String app) throws IOException, InterruptedException {
        switch (action) {
            case 0 -> {
                String token = onnaToken();
                String ws = field(send("POST", "/v1/workspaces", Map.of("Authorization", "Bearer " + token),
                        "{\"name\":\"load\"}", 201), "onna_id");
                workspaces.add(ws);
                send("GET", "/v1/workspaces", Map.of("Authorization", "Bearer " + token), null, 200);
                String file = field(send("POST", "/v1/resources/files", Map.of("Authorization", "Bearer " + token),
                        "{\"onna_parent_id\":\"" + ws + "\",\"ref\":\"r\",\"url\":\"https://origin.example/f\"}", 201),
                        "onna_id");
                send("PUT", "/v1/upload/" + file + "/tus", Map.of("Authorization", "Bearer " + token,
                        "Content-Type", "application/offset+octet-stream"), "x".repeat(4096), 201);
            }
            // a build nests objects with ids of their own; its own id is the one with the build prefix
            case 1 -> builds.add(field(send("POST", "/v1/components/" + nuonComponent + "/builds", nuonHeaders(),
                    "{\"git_ref\":\"main\"}", 201), "id", "bld"));
            case 2 -> {
                String release = field(send("POST", app, mmHeaders(), "{\"release_tag\":\"" + UUID.randomUUID() + "\"}",
                        201), "release_id");
                releases.get(app).add(release);
                send("POST", app + "/" + release + "/activate", mmHeaders(), null, 200);
            }
            default -> send("GET", app + "?limit=5", mmHeaders(), null, 200);
        }
    }

    private Result count() throws IOException, InterruptedException {
        StringBuilder listed = new StringBuilder();
        String token = onnaToken();
        String cursor = null;
        do {
            String page = send("GET", "/v1/workspaces" + (cursor == null ? ""
                    : "?cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)),
                    Map.of("Authorization", "Bearer " + token), null, 200);
            listed.append(page);
            Matcher next = CURSOR.matcher(page);
            cursor = next.find() ? next.group(1) : null;
        } while (cursor != null);
        int workspacesOnce = listedOnce(listed.toString(), "onna_id", workspaces);

        StringBuilder buildPages = new StringBuilder();
        for (int offset = 0; ; offset += 100) {
            String page = send("GET", "/v1/components/" + nuonComponent + "/builds?limit=100&offset=" + offset,
                    nuonHeaders(), null, 200);
            buildPages.append(page);
            if (page.strip().equals("[]")) {
                break;
            }
        }
        int buildsOnce = listedOnce(buildPages.toString(), "id", builds);

        int releasesCreated = 0;
        int releasesOnce = 0;
        List<Integer> active = new ArrayList<>();
        for (Map.Entry<String, Queue<String>> app : releases.entrySet()) {
            StringBuilder pages = new StringBuilder();
            String after = null;
            do {
                String page = send("GET", app.getKey() + "?include_archived=true&limit=200" + (after == null ? ""
                        : "&cursor=" + URLEncoder.encode(after, StandardCharsets.UTF_8)), mmHeaders(), null, 200);
                pages.append(page);
                Matcher next = Pattern.compile("\"next_cursor\"\\s*:\\s*\"([^\"]+)\"").matcher(page);
                after = next.find() ? next.group(1) : null;
            } while (after != null);
            releasesCreated += app.getValue().size();
            releasesOnce += listedOnce(pages.toString(), "release_id", app.getValue());
            active.add(occurrences(pages.toString(), "\"status\":\"active\""));
        }
        return new Result(requests.get(), serverErrors.get(), List.copyOf(failures), workspaces.size(), workspacesOnce,
                builds.size(), buildsOnce, releasesCreated, releasesOnce, active);
    }

    /** How many of {@code ids} the listing shows exactly once. */
    private static int listedOnce(String listing, String key, Queue<String> ids) {
        return (int) ids.stream().filter(id -> occurrences(listing, "\"" + key + "\":\"" + id + "\"") == 1).count();
    }

    private static int occurrences(String text, String needle) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            count++;
        }
        return count;
    }

    private void seed() throws IOException, InterruptedException {
        send("POST", "/__admin/seed", adminHeaders, """
                {"onna":{"clients":[{"client_id":"%s","client_secret":"%s","account_id":"load-%s",
                  "user_id":"load@example.com","name":"Load"}]},
                 "nuon":{"orgs":[{"id":"%s","name":"load","tokens":["%s"],"apps":[{"id":"%s","name":"load-app",
                  "components":[{"id":"%s","name":"load-component","type":"terraform_module"}]}]}]}}
                """.formatted(clientId, secret, run, nuonOrg, nuonToken, nuonId("app"), nuonComponent), 200);
    }

    private String onnaToken() throws IOException, InterruptedException {
        return field(send("POST", "/v1/oauth/token", Map.of("Content-Type", "application/x-www-form-urlencoded"),
                "grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secret, 200), "access_token");
    }

    private Map<String, String> nuonHeaders() {
        return Map.of("Authorization", "Bearer " + nuonToken, "X-Nuon-Org-ID", nuonOrg,
                "X-Emulator-Step-Duration", "0s");
    }

    private static Map<String, String> mmHeaders() {
        return Map.of("Authorization", "Bearer mm-demo-token");
    }

    /** Sends a request (JSON unless a Content-Type is given); a 5xx is counted, any other surprise fails the step. */
    private String send(String method, String path, Map<String, String> headers, String body, int expected)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        requests.incrementAndGet();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 500) {
            serverErrors.incrementAndGet();
        }
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static String field(String json, String name) {
        return field(json, name, "");
    }

    /** The first string value of {@code name} that starts with {@code prefix}. */
    private static String field(String json, String name, String prefix) {
        Matcher value = Pattern.compile("\"" + name + "\"\\s*:\\s*\"(" + prefix + "[^\"]*)\"").matcher(json);
        if (!value.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return value.group(1);
    }

    private static String nuonId(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 23);
    }
}
