package io.apiemulator.mechamental.release;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.apiemulator.mechamental.MechaMentalTest;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

/** Keyset pagination: newest first, opaque cursors, limit 1..200. */
class ReleasePaginationTest extends MechaMentalTest {

    /** Five releases, returned oldest first. */
    private List<String> fiveReleases(String releases) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            ids.add(draft(releases, "v" + i));
        }
        return ids;
    }

    private JsonPath page(String releases, Object limit, String cursor) {
        var request = asDemo().queryParam("limit", limit);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return request.get(releases).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void firstMiddleAndLastPageWalkNewestFirstWithoutGapsOrRepeats() {
        String releases = newApp();
        List<String> ids = fiveReleases(releases);
        JsonPath first = page(releases, 2, null);
        assertThat(first.getList("releases.release_id")).containsExactly(ids.get(4), ids.get(3));
        assertThat(first.getBoolean("has_more")).isTrue();
        assertThat(first.getInt("total")).isEqualTo(5);
        JsonPath middle = page(releases, 2, first.getString("next_cursor"));
        assertThat(middle.getList("releases.release_id")).containsExactly(ids.get(2), ids.get(1));
        assertThat(middle.getBoolean("has_more")).isTrue();
        JsonPath last = page(releases, 2, middle.getString("next_cursor"));
        assertThat(last.getList("releases.release_id")).containsExactly(ids.get(0));
        assertThat(last.getBoolean("has_more")).isFalse();
        assertThat(last.getString("next_cursor")).isNull();
        assertThat(last.getInt("total")).isEqualTo(5);
    }

    @Test
    void exactlyFullLastPageHasNoNextCursor() {
        String releases = newApp();
        fiveReleases(releases);
        JsonPath all = page(releases, 5, null);
        assertThat(all.getList("releases")).hasSize(5);
        assertThat(all.getBoolean("has_more")).isFalse();
        assertThat(all.getString("next_cursor")).isNull();
    }

    @Test
    void defaultLimitIs50() {
        String releases = newApp();
        fiveReleases(releases);
        asDemo().get(releases).then().statusCode(200).body("releases", hasSize(5)).body("has_more", is(false));
    }

    @Test
    void limitOneWalksOneByOne() {
        String releases = newApp();
        List<String> ids = fiveReleases(releases);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = page(releases, 1, cursor);
            seen.addAll(page.getList("releases.release_id"));
            cursor = page.getString("next_cursor");
        }
        while (cursor != null);
        Collections.reverse(ids);
        assertThat(seen).containsExactlyElementsOf(ids);
    }

    @Test
    void limit200IsAllowed() {
        String releases = newApp();
        fiveReleases(releases);
        assertThat(page(releases, 200, null).getList("releases")).hasSize(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "201", "-1", "ten", "1.5"})
    void limitOutOfRangeOrNotAnIntegerIs422(String limit) {
        asDemo().queryParam("limit", limit).get(newApp()).then().statusCode(422)
                .body("detail[0].loc", contains("query", "limit")).body("detail[0].input", is(limit));
    }

    @Test
    void limitBoundsArePydanticWorded() {
        String releases = newApp();
        asDemo().queryParam("limit", 0).get(releases).then().statusCode(422)
                .body("detail[0].type", is("greater_than_equal")).body("detail[0].ctx.ge", is(1));
        asDemo().queryParam("limit", 201).get(releases).then().statusCode(422)
                .body("detail[0].type", is("less_than_equal")).body("detail[0].ctx.le", is(200));
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "!!!", "MjAyNQ", "bm90LWEtdGltZXN0YW1wLy9yZWxfMQ"})
    void garbageCursorIs422(String cursor) {
        asDemo().queryParam("cursor", cursor).get(newApp()).then().statusCode(422)
                .body("detail[0].loc", contains("query", "cursor")).body("detail[0].type", is("value_error"));
    }

    @Test
    void badIncludeArchivedIs422() {
        asDemo().queryParam("include_archived", "maybe").get(newApp()).then().statusCode(422)
                .body("detail[0].loc", contains("query", "include_archived"))
                .body("detail[0].type", is("bool_parsing"));
    }

    @Test
    void archivedReleasesAreSkippedAcrossPagesUnlessIncluded() {
        String releases = newApp();
        List<String> ids = fiveReleases(releases);
        action(releases, ids.get(3), "archive").then().statusCode(200);
        JsonPath first = page(releases, 2, null);
        assertThat(first.getList("releases.release_id")).containsExactly(ids.get(4), ids.get(2));
        assertThat(first.getInt("total")).isEqualTo(4);
        JsonPath withArchived = asDemo().queryParam("include_archived", "true").queryParam("limit", 2)
                .get(releases).then().statusCode(200).extract().jsonPath();
        assertThat(withArchived.getList("releases.release_id")).containsExactly(ids.get(4), ids.get(3));
        assertThat(withArchived.getInt("total")).isEqualTo(5);
    }

    @Test
    void listNamesTheActiveRelease() {
        String releases = newApp();
        List<String> ids = fiveReleases(releases);
        action(releases, ids.get(1), "activate").then().statusCode(200);
        asDemo().queryParam("limit", 1).get(releases).then().statusCode(200)
                .body("active_release_id", is(ids.get(1)))
                .body("releases[0].release_id", is(ids.get(4)));
    }
}
