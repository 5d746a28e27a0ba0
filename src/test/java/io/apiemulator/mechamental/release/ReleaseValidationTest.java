package io.apiemulator.mechamental.release;

import java.util.HashMap;
import java.util.Map;

import io.apiemulator.mechamental.MechaMentalTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.hamcrest.Matchers.*;

/** Bad input is a FastAPI-shaped 422 and never creates anything. */
class ReleaseValidationTest extends MechaMentalTest {

    private void refused(String releases, Object body, String field, String type) {
        asDemo().contentType("application/json").body(body).post(releases)
                .then().statusCode(422)
                .body("detail[0].loc", contains("body", field)).body("detail[0].type", is(type))
                .body("detail[0].msg", not(emptyString()));
        asDemo().get(releases).then().body("total", is(0));
    }

    @Test
    void missingReleaseTag() {
        refused(newApp(), Map.of("description", "no tag"), "release_tag", "missing");
    }

    @Test
    void nullReleaseTag() {
        Map<String, Object> body = new HashMap<>();
        body.put("release_tag", null);
        refused(newApp(), body, "release_tag", "missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankReleaseTag(String tag) {
        String releases = newApp();
        refused(releases, Map.of("release_tag", tag), "release_tag", "string_too_short");
        asDemo().contentType("application/json").body(Map.of("release_tag", tag)).post(releases)
                .then().body("detail[0].ctx.min_length", is(1)).body("detail[0].input", is(tag));
    }

    @Test
    void tooLongStrings() {
        String releases = newApp();
        refused(releases, Map.of("release_tag", "t".repeat(129)), "release_tag", "string_too_long");
        asDemo().contentType("application/json").body(Map.of("release_tag", "t".repeat(129))).post(releases)
                .then().body("detail[0].ctx.max_length", is(128));
        refused(releases, Map.of("release_tag", "ok", "description", "d".repeat(2001)), "description",
                "string_too_long");
        refused(releases, Map.of("release_tag", "ok", "change_log", "c".repeat(10001)), "change_log",
                "string_too_long");
        create(releases, "t".repeat(128)).then().statusCode(201);
    }

    @Test
    void wrongTypes() {
        String releases = newApp();
        refused(releases, Map.of("release_tag", 5), "release_tag", "string_type");
        refused(releases, Map.of("release_tag", true), "release_tag", "string_type");
        refused(releases, Map.of("release_tag", "ok", "description", Map.of("a", 1)), "description", "string_type");
    }

    @Test
    void malformedOrMissingBody() {
        String releases = newApp();
        asDemo().contentType("application/json").body("{\"release_tag\": ").post(releases).then().statusCode(422)
                .body("detail[0].loc", contains("body")).body("detail[0].type", is("json_invalid"));
        asDemo().contentType("application/json").post(releases).then().statusCode(422)
                .body("detail[0].loc", contains("body")).body("detail[0].type", is("missing"));
        asDemo().get(releases).then().body("total", is(0));
    }

    @Test
    void pathIdsLongerThanTheDatabaseKeepsAre422() {
        String releases = releasesOf("demo-org", "demo-ws", "a".repeat(201));
        asDemo().contentType("application/json").body(Map.of("release_tag", "v1")).post(releases)
                .then().statusCode(422)
                .body("detail[0].loc", contains("path", "app_id")).body("detail[0].ctx.max_length", is(200));
        asDemo().get(releases).then().statusCode(422);
    }
}
