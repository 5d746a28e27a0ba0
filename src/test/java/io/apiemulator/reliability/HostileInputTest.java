package io.apiemulator.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import io.apiemulator.kernel.persistence.StorageProperties;
import io.apiemulator.support.Contracts;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

/**
 * The hostile-input corpus: one table per family of malformed, mistyped, oversized and foreign requests. Each
 * must get the family's own 4xx envelope, never a 5xx, and leave the tenant's data exactly as it was.
 * Placeholders in paths ({@code {ws}}, {@code {cmp}}, ...) are the test's own objects, or another tenant's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest extends ReliabilityTest {

    static final String JSON = "application/json";
    /** Past the 1 MiB cap on JSON bodies. */
    static final String HUGE = "x".repeat(1024 * 1024 + 1);
    static final byte[] INVALID_UTF8 = concat("{\"name\":\"", new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}, "\"}");
    static final String DEEP = "[".repeat(100_000);

    /** How the family words the error. */
    enum Envelope {
        ONNA_JSON_API(r -> r.body("errors[0].code", startsWith("XX")).body("errors[0].detail", notNullValue())),
        ONNA_FASTAPI(r -> r.body("detail[0].loc", notNullValue()).body("detail[0].msg", notNullValue())),
        NUON(r -> r.body("error", notNullValue()).body("user_error", is(true)).body("description", notNullValue())),
        MECHAMENTAL(r -> r.body("error", notNullValue()).body("message", notNullValue())),
        MECHAMENTAL_422(r -> r.body("detail[0].loc", notNullValue()).body("detail[0].type", notNullValue())),
        /** HEAD: status only. */
        NO_BODY(r -> r);

        final Function<ValidatableResponse, ValidatableResponse> check;

        Envelope(Function<ValidatableResponse, ValidatableResponse> check) {
            this.check = check;
        }

        /** The envelope of a 413 or 415: validation-shaped envelopes are for 422s only. */
        Envelope sized() {
            return switch (this) {
                case ONNA_FASTAPI -> ONNA_JSON_API;
                case MECHAMENTAL_422 -> MECHAMENTAL;
                default -> this;
            };
        }
    }

    record Hostile(String name, String method, String path, Map<String, String> headers, byte[] body, int status,
            Envelope envelope) {

        @Override
        public String toString() {
            return name;
        }
    }

    @Autowired
    private StorageProperties storage;

    private OnnaTenant onna;
    private final Map<String, String> ids = new LinkedHashMap<>();

    @BeforeAll
    void createTenants() {
        RestAssured.port = port;
        onna = newOnnaTenant();
        String ws = asOnna(onna).contentType(JSON).body(Map.of("name", unique("ws"))).post("/v1/workspaces")
                .then().statusCode(201).extract().path("onna_id");
        ids.put("{ws}", ws);
        ids.put("{file}", newFile(asOnna(onna), ws));
        String foreignWs = asOnnaDemo().contentType(JSON).body(Map.of("name", unique("ws"))).post("/v1/workspaces")
                .then().statusCode(201).extract().path("onna_id");
        ids.put("{foreign_ws}", foreignWs);
        ids.put("{foreign_file}", newFile(asOnnaDemo(), foreignWs));

        NuonTenant nuon = newNuonTenant();
        ids.put("{nuon_token}", nuon.token());
        ids.put("{nuon_org}", nuon.org());
        ids.put("{cmp}", nuon.component());
        ids.put("{app}", nuon.app());
        ids.put("{build}", asNuon(nuon).contentType(JSON).header("X-Emulator-Step-Duration", "0s")
                .body("{\"git_ref\":\"main\"}").post("/v1/components/" + nuon.component() + "/builds")
                .then().statusCode(201).extract().path("id"));
        NuonTenant foreign = newNuonTenant();
        ids.put("{foreign_cmp}", foreign.component());
        ids.put("{foreign_build}", asNuon(foreign).contentType(JSON).header("X-Emulator-Step-Duration", "0s")
                .body("{\"git_ref\":\"main\"}").post("/v1/components/" + foreign.component() + "/builds")
                .then().statusCode(201).extract().path("id"));

        String releases = newMechaMentalApp();
        ids.put("{releases}", releases);
        ids.put("{release}", asMechaMental("mm-demo-token").contentType(JSON).body(Map.of("release_tag", "v1"))
                .post(releases).then().statusCode(201).extract().path("release_id"));
        ids.put("{foreign_releases}", "/v1/orgs/other-org/workspaces/other-ws/apps/other-app/releases");
    }

    private static String newFile(RequestSpecification as, String parent) {
        return as.contentType(JSON).body(Map.of("onna_parent_id", parent, "ref", unique("ref"),
                "url", "https://origin.example/f")).post("/v1/resources/files").then().statusCode(201)
                .extract().path("onna_id");
    }

    static Stream<Hostile> onnaCorpus() {
        Envelope e = Envelope.ONNA_JSON_API;
        Envelope f = Envelope.ONNA_FASTAPI;
        List<Hostile> cases = new ArrayList<>();
        for (String path : List.of("/v1/workspaces", "/v1/resources/files", "/v1/resources/tickets")) {
            cases.addAll(jsonBodyCases("POST " + path, "POST", path, 422, e));
        }
        cases.addAll(jsonBodyCases("PATCH workspace", "PATCH", "/v1/workspaces/{ws}", 422, e));
        cases.addAll(jsonBodyCases("PATCH folder", "PATCH", "/v1/folders/{ws}", 422, e));
        cases.addAll(jsonBodyCases("POST folder", "POST", "/v1/folders", 422, f));
        cases.addAll(List.of(
                json("workspace name as number", "POST", "/v1/workspaces", "{\"name\":123}", 422, e),
                json("workspace tags as string", "POST", "/v1/workspaces", "{\"name\":\"n\",\"tags\":\"a\"}", 422, e),
                json("workspace tags past 10000", "POST", "/v1/workspaces",
                        "{\"name\":\"n\",\"tags\":" + array(10_001) + "}", 422, e),
                json("ticket assignees past 1000", "POST", "/v1/resources/tickets",
                        "{\"name\":\"t\",\"onna_parent_id\":\"{ws}\",\"ref\":\"r\",\"url\":\"u\",\"assignees\":"
                                + array(1_001) + "}", 422, e),
                json("file creation_date not a date", "POST", "/v1/resources/files",
                        "{\"onna_parent_id\":\"{ws}\",\"ref\":\"r\",\"url\":\"u\",\"creation_date\":\"yesterday\"}", 422, e),
                json("file in a foreign workspace", "POST", "/v1/resources/files",
                        "{\"onna_parent_id\":\"{foreign_ws}\",\"ref\":\"r\",\"url\":\"u\"}", 404, e),
                json("folder in a foreign workspace", "POST", "/v1/folders",
                        "{\"name\":\"f\",\"onna_parent_id\":\"{foreign_ws}\"}", 404, e),
                json("folder name as number", "POST", "/v1/folders", "{\"name\":1,\"onna_parent_id\":\"{ws}\"}", 422, f),
                request("unknown workspace", "GET", "/v1/workspaces/no-such-workspace", Map.of(), null, 404, e),
                request("foreign workspace", "GET", "/v1/workspaces/{foreign_ws}", Map.of(), null, 404, e),
                json("rename foreign workspace", "PATCH", "/v1/workspaces/{foreign_ws}", "{\"name\":\"mine\"}", 404, e),
                request("delete foreign workspace", "DELETE", "/v1/workspaces/{foreign_ws}", Map.of(), null, 404, e),
                request("foreign file", "GET", "/v1/resources/files/{foreign_file}", Map.of(), null, 404, e),
                request("delete foreign file", "DELETE", "/v1/resources/files/{foreign_file}", Map.of(), null, 404, e),
                request("file id with traversal", "GET", "/v1/resources/files/..%2F..%2Fetc%2Fpasswd", Map.of(), null,
                        400, e),
                request("undecodable cursor", "GET", "/v1/workspaces?cursor=%00%FF", Map.of(), null, 422, e)));
        cases.addAll(tusCases());
        return cases.stream();
    }

    /** TUS: bad Base64 metadata, negative, overflowing and out-of-range offsets and lengths, foreign uploads. */
    static List<Hostile> tusCases() {
        Envelope e = Envelope.ONNA_JSON_API;
        String tus = "/v1/upload/{file}/tus";
        Map<String, String> resumable = Map.of("Tus-Resumable", "1.0.0");
        return List.of(
                request("TUS bad base64 metadata", "POST", tus, with(resumable, "Upload-Length", "4",
                        "Upload-Metadata", "filename !!not-base64!!"), null, 400, e),
                request("TUS metadata value without padding", "POST", tus, with(resumable, "Upload-Length", "4",
                        "Upload-Metadata", "filename YQ"), null, 400, e),
                request("TUS negative Upload-Length", "POST", tus, with(resumable, "Upload-Length", "-1"), null, 400, e),
                request("TUS overflowing Upload-Length", "POST", tus,
                        with(resumable, "Upload-Length", "99999999999999999999999"), null, 400, e),
                request("TUS Upload-Length past Tus-Max-Size", "POST", tus,
                        with(resumable, "Upload-Length", "999999999999999999"), null, 413, e),
                request("TUS length as text", "POST", tus, with(resumable, "Upload-Length", "four"), null, 400, e),
                request("TUS negative Upload-Offset", "PATCH", tus, with(resumable, "Upload-Offset", "-5",
                        "Content-Type", "application/offset+octet-stream"), bytes("abcd"), 400, e),
                request("TUS overflowing Upload-Offset", "PATCH", tus, with(resumable,
                        "Upload-Offset", "92233720368547758070", "Content-Type", "application/offset+octet-stream"),
                        bytes("abcd"), 400, e),
                request("TUS wrong Tus-Resumable", "POST", tus, Map.of("Tus-Resumable", "0.2",
                        "Upload-Length", "4"), null, 412, e),
                request("TUS foreign upload", "POST", "/v1/upload/{foreign_file}/tus",
                        with(resumable, "Upload-Length", "4"), null, 404, e),
                request("TUS HEAD foreign upload", "HEAD", "/v1/upload/{foreign_file}/tus", resumable, null, 404,
                        Envelope.NO_BODY),
                request("TUS traversal in the resource id", "POST", "/v1/upload/..%2F..%2Fetc/tus",
                        with(resumable, "Upload-Length", "4"), null, 400, e));
    }

    static Stream<Hostile> nuonCorpus() {
        Envelope e = Envelope.NUON;
        List<Hostile> cases = new ArrayList<>();
        cases.addAll(jsonBodyCases("POST build", "POST", "/v1/components/{cmp}/builds", 400, e));
        cases.addAll(jsonBodyCases("POST app build", "POST", "/v1/apps/{app}/components/{cmp}/builds", 400, e));
        cases.addAll(jsonBodyCases("POST release", "POST", "/v1/components/{cmp}/releases", 400, e));
        cases.addAll(List.of(
                json("git_ref as number", "POST", "/v1/components/{cmp}/builds", "{\"git_ref\":1}", 400, e),
                json("use_latest as string", "POST", "/v1/components/{cmp}/builds", "{\"use_latest\":\"true\"}", 400, e),
                json("installs_per_step as string", "POST", "/v1/components/{cmp}/releases",
                        "{\"build_id\":\"{build}\",\"strategy\":{\"installs_per_step\":\"3\"}}", 400, e),
                json("installs_per_step overflowing", "POST", "/v1/components/{cmp}/releases",
                        "{\"build_id\":\"{build}\",\"strategy\":{\"installs_per_step\":99999999999999999999}}", 400, e),
                json("install_ids past 1000", "POST", "/v1/components/{cmp}/releases",
                        "{\"build_id\":\"{build}\",\"install_ids\":" + array(1_001) + "}", 400, e),
                json("release of a foreign build", "POST", "/v1/components/{cmp}/releases",
                        "{\"build_id\":\"{foreign_build}\"}", 404, e),
                json("build of a foreign component", "POST", "/v1/components/{foreign_cmp}/builds",
                        "{\"git_ref\":\"main\"}", 404, e),
                request("foreign component", "GET", "/v1/components/{foreign_cmp}", Map.of(), null, 404, e),
                request("foreign builds", "GET", "/v1/components/{foreign_cmp}/builds", Map.of(), null, 404, e),
                request("foreign build", "GET", "/v1/components/builds/{foreign_build}", Map.of(), null, 404, e),
                request("unknown release", "GET", "/v1/releases/relnosuchrelease000000000000", Map.of(), null, 404, e),
                request("negative offset", "GET", "/v1/components/{cmp}/builds?offset=-1", Map.of(), null, 400, e),
                request("overflowing limit", "GET", "/v1/components/{cmp}/builds?limit=99999999999999999999",
                        Map.of(), null, 400, e),
                request("limit as text", "GET", "/v1/components/{cmp}/builds?limit=ten", Map.of(), null, 400, e),
                request("undecodable query", "GET", "/v1/components/{cmp}/builds?limit=%FF", Map.of(), null, 400, e)));
        return cases.stream();
    }

    static Stream<Hostile> mechaMentalCorpus() {
        Envelope e = Envelope.MECHAMENTAL;
        Envelope v = Envelope.MECHAMENTAL_422;
        List<Hostile> cases = new ArrayList<>(jsonBodyCases("POST release", "POST", "{releases}", 422, v));
        cases.addAll(List.of(
                json("release_tag as number", "POST", "{releases}", "{\"release_tag\":1}", 422, v),
                json("release_tag past 128", "POST", "{releases}", "{\"release_tag\":\"" + "t".repeat(129) + "\"}", 422, v),
                json("description past 2000", "POST", "{releases}",
                        "{\"release_tag\":\"d\",\"description\":\"" + "d".repeat(2001) + "\"}", 422, v),
                json("change_log past 10000", "POST", "{releases}",
                        "{\"release_tag\":\"c\",\"change_log\":\"" + "c".repeat(10_001) + "\"}", 422, v),
                json("duplicate tag", "POST", "{releases}", "{\"release_tag\":\"v1\"}", 409, e),
                json("release in a foreign org", "POST", "{foreign_releases}", "{\"release_tag\":\"x\"}", 403, e),
                request("list of a foreign org", "GET", "{foreign_releases}", Map.of(), null, 403, e),
                request("activate in a foreign org", "POST", "{foreign_releases}/{release}/activate", Map.of(), null,
                        403, e),
                request("unknown release", "GET", "{releases}/no-such-release", Map.of(), null, 404, e),
                request("activate unknown release", "POST", "{releases}/no-such-release/activate", Map.of(), null, 404, e),
                request("archive unknown release", "POST", "{releases}/no-such-release/archive", Map.of(), null, 404, e),
                request("negative limit", "GET", "{releases}?limit=-1", Map.of(), null, 422, v),
                request("overflowing limit", "GET", "{releases}?limit=99999999999999999999", Map.of(), null, 422, v),
                request("undecodable cursor", "GET", "{releases}?cursor=%FF%FE", Map.of(), null, 422, v),
                request("garbage cursor", "GET", "{releases}?cursor=garbage", Map.of(), null, 422, v),
                request("include_archived not a boolean", "GET", "{releases}?include_archived=maybe", Map.of(), null,
                        422, v)));
        return cases.stream();
    }

    /** What every JSON endpoint must survive: bad syntax, bad bytes, wrong shapes, huge and wrongly typed bodies. */
    static List<Hostile> jsonBodyCases(String name, String method, String path, int invalid, Envelope envelope) {
        return List.of(
                json(name + ": malformed JSON", method, path, "{\"name\":", invalid, envelope),
                json(name + ": null body", method, path, "null", invalid, envelope),
                json(name + ": array body", method, path, "[1,2]", invalid, envelope),
                request(name + ": empty body", method, path, Map.of("Content-Type", JSON), new byte[0], invalid, envelope),
                request(name + ": invalid UTF-8", method, path, Map.of("Content-Type", JSON), INVALID_UTF8, invalid,
                        envelope),
                json(name + ": 100k nested arrays", method, path, DEEP, invalid, envelope),
                json(name + ": string past 1 MiB", method, path, "{\"name\":\"" + HUGE + "\"}", 413, envelope.sized()),
                request(name + ": Content-Type */*", method, path, Map.of("Content-Type", "*/*"), bytes("{}"), 415,
                        envelope.sized()),
                request(name + ": garbage Content-Type", method, path, Map.of("Content-Type", "gar;bage=="),
                        bytes("{}"), 415, envelope.sized()),
                request(name + ": text/plain", method, path, Map.of("Content-Type", "text/plain"), bytes("{}"), 415,
                        envelope.sized()));
    }

    @Test
    void traversalInTheUploadFileNameIsStrippedAndNothingIsWrittenOutsideTheDataDir() throws IOException {
        String file = newFile(asOnna(onna), ids.get("{ws}"));
        Path dataDir = storage.dataDir();
        Path target = dataDir.resolve("../../etc/passwd").normalize();
        boolean existedBefore = Files.exists(target);
        String traversal = Base64.getEncoder().encodeToString(bytes("../../etc/passwd"));
        asOnna(onna).filter(Contracts.onna()).header("Tus-Resumable", "1.0.0")
                .header("Upload-Metadata", "filename " + traversal).contentType("application/offset+octet-stream")
                .body(bytes("root:x:0:0")).put("/v1/upload/" + file + "/tus").then().statusCode(201);
        asOnna(onna).filter(Contracts.onna()).get("/v1/resources/files/" + file).then().statusCode(201)
                .body("filename", is("passwd")).body("size", is(10));
        assertThat(Files.exists(target)).isEqualTo(existedBefore);
        try (Stream<Path> stored = Files.walk(dataDir)) {
            assertThat(stored.map(p -> p.getFileName().toString())).doesNotContain("passwd");
        }
    }

    /** Without a Content-Length the cap still holds, and a chunked body under it still arrives whole. */
    @Test
    void chunkedBodiesAreCappedToo() throws IOException {
        String token = onnaToken(onna.clientId(), onna.secret());
        String before = onnaState();
        assertThat(postChunked(token, "{\"name\":\"" + HUGE + "\"}")).isEqualTo(413);
        assertThat(onnaState()).isEqualTo(before);
        assertThat(postChunked(token, "{\"name\":\"chunked\"}")).isEqualTo(201);
    }

    private int postChunked(String token, String body) throws IOException {
        HttpURLConnection post = (HttpURLConnection) URI.create(baseUrl() + "/v1/workspaces").toURL().openConnection();
        post.setRequestMethod("POST");
        post.setDoOutput(true);
        post.setChunkedStreamingMode(8192);
        post.setRequestProperty("Authorization", "Bearer " + token);
        post.setRequestProperty("Content-Type", JSON);
        try (OutputStream out = post.getOutputStream()) {
            out.write(bytes(body));
        }
        catch (IOException refusedMidBody) {
            // the server may answer 413 and close before the whole body is sent
        }
        return post.getResponseCode();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("onnaCorpus")
    void onnaAnswersInItsEnvelopeAndChangesNothing(Hostile hostile) {
        String before = onnaState();
        send(asOnna(onna), Contracts.onna(), hostile);
        assertThat(onnaState()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nuonCorpus")
    void nuonAnswersInItsEnvelopeAndChangesNothing(Hostile hostile) {
        String before = nuonState();
        send(asNuon(ids.get("{nuon_token}"), ids.get("{nuon_org}")), Contracts.nuon(), hostile);
        assertThat(nuonState()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mechaMentalCorpus")
    void mechaMentalAnswersInItsEnvelopeAndChangesNothing(Hostile hostile) {
        String before = mechaMentalState();
        send(asMechaMental("mm-demo-token"), Contracts.mechamental(), hostile);
        assertThat(mechaMentalState()).isEqualTo(before);
    }

    private void send(RequestSpecification as, Filter contract, Hostile hostile) {
        RequestSpecification request = as.urlEncodingEnabled(false);
        if (!hostile.path().contains("%")) {
            request.filter(contract);
        }
        hostile.headers().forEach((name, value) -> request.header(name, resolve(value)));
        if (hostile.body() != null) {
            request.body(resolve(hostile.body()));
        }
        ValidatableResponse response = request.request(hostile.method(), resolve(hostile.path())).then()
                .statusCode(hostile.status());
        hostile.envelope().check.apply(response);
    }

    /** The tenant's workspaces, its workspace, file and upload, as a client would read them. */
    private String onnaState() {
        RequestSpecification as = asOnna(onna);
        return as.get("/v1/workspaces").asString()
                + as.get("/v1/workspaces/" + ids.get("{ws}")).asString()
                + as.get("/v1/resources/files/" + ids.get("{file}")).asString()
                + as.header("Tus-Resumable", "1.0.0").head("/v1/upload/" + ids.get("{file}") + "/tus").statusCode()
                + asOnnaDemo().get("/v1/workspaces/" + ids.get("{foreign_ws}")).asString();
    }

    private String nuonState() {
        RequestSpecification as = asNuon(ids.get("{nuon_token}"), ids.get("{nuon_org}"));
        String cmp = ids.get("{cmp}");
        return as.get("/v1/components/" + cmp + "/builds?limit=100").asString()
                + as.get("/v1/components/" + cmp + "/releases?limit=100").asString();
    }

    private String mechaMentalState() {
        String state = asMechaMental("mm-demo-token").get(ids.get("{releases}") + "?include_archived=true&limit=200")
                .asString();
        // the timestamps of an error body differ per call; the list of the foreign app is only compared by status
        return state + asMechaMental("mm-other-token").get(ids.get("{foreign_releases}") + "?limit=200").statusCode();
    }

    private String resolve(String text) {
        String resolved = text;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            resolved = resolved.replace(id.getKey(), id.getValue());
        }
        return resolved;
    }

    private byte[] resolve(byte[] body) {
        return body.length > 4096 ? body : resolve(new String(body, StandardCharsets.ISO_8859_1))
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    static Hostile json(String name, String method, String path, String body, int status, Envelope envelope) {
        return request(name, method, path, Map.of("Content-Type", JSON), bytes(body), status, envelope);
    }

    static Hostile request(String name, String method, String path, Map<String, String> headers, byte[] body,
            int status, Envelope envelope) {
        return new Hostile(name, method, path, headers, body, status, envelope);
    }

    static Map<String, String> with(Map<String, String> base, String... pairs) {
        Map<String, String> headers = new LinkedHashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            headers.put(pairs[i], pairs[i + 1]);
        }
        return headers;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String array(int size) {
        return "[" + String.join(",", Collections.nCopies(size, "\"a\"")) + "]";
    }

    private static byte[] concat(String head, byte[] middle, String tail) {
        byte[] a = bytes(head);
        byte[] c = bytes(tail);
        byte[] all = new byte[a.length + middle.length + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(middle, 0, all, a.length, middle.length);
        System.arraycopy(c, 0, all, a.length + middle.length, c.length);
        return all;
    }
}
