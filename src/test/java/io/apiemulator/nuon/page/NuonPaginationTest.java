package io.apiemulator.nuon.page;

import java.util.ArrayList;
import java.util.List;

import io.apiemulator.nuon.NuonApiTest;

import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.*;

class NuonPaginationTest extends NuonApiTest {

    @Test
    void releasesPageNewestFirstWithHeaders() {
        Org org = freshOrg();
        String build = activeBuild(org);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(0, release(org, "{\"build_id\":\"" + build + "\"}", "0s"));
        }
        String path = "/v1/components/" + org.component() + "/releases";
        as(org).get(path).then().statusCode(200).body("id", is(created))
                .header("X-Nuon-Page-Next", "false").header("X-Nuon-Page-Offset", "0")
                .header("X-Nuon-Page-Limit", "10").header("X-Nuon-Page-Number", nullValue());
        as(org).queryParam("limit", 2).get(path).then().statusCode(200).body("id", is(created.subList(0, 2)))
                .header("X-Nuon-Page-Next", "true");
        as(org).queryParam("limit", 2).queryParam("offset", 2).get(path).then().statusCode(200)
                .body("id", is(created.subList(2, 4))).header("X-Nuon-Page-Next", "true")
                .header("X-Nuon-Page-Offset", "2");
        as(org).queryParam("limit", 2).queryParam("page", 3).get(path).then().statusCode(200)
                .body("id", is(created.subList(4, 5))).header("X-Nuon-Page-Next", "false")
                .header("X-Nuon-Page-Offset", "4").header("X-Nuon-Page-Number", "3");
        as(org).queryParam("offset", 50).get(path).then().statusCode(200).body("", empty())
                .header("X-Nuon-Page-Next", "false");
        as(org).queryParam("limit", 100).get(path).then().statusCode(200).body("size()", is(5));
    }

    @Test
    void buildsPageToo() {
        Org org = freshOrg();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(0, activeBuild(org));
        }
        as(org).queryParam("limit", 1).queryParam("page", 2).get("/v1/components/" + org.component() + "/builds")
                .then().statusCode(200).body("id", contains(created.get(1))).header("X-Nuon-Page-Next", "true")
                .header("X-Nuon-Page-Number", "2");
    }

    @Test
    void unknownComponentHasNoReleases() {
        asDemo().get("/v1/components/cmpunknown0000000000000000/releases").then().statusCode(200)
                .body("", empty()).header("X-Nuon-Page-Next", "false");
    }

    @Test
    void invalidNumbersAre400() {
        String path = "/v1/components/" + DEMO_COMPONENT + "/releases";
        for (String[] q : List.of(new String[] {"limit", "0"}, new String[] {"limit", "101"},
                new String[] {"limit", "-1"}, new String[] {"limit", "abc"}, new String[] {"offset", "-1"},
                new String[] {"page", "x"}, new String[] {"page", "-2"}, new String[] {"limit", ""})) {
            asDemo().queryParam(q[0], q[1]).get(path).then().statusCode(400)
                    .body("error", is("invalid request format")).body("description", containsString(q[0]));
        }
        asDemo().queryParam("limit", "abc").get("/v1/components/" + DEMO_COMPONENT + "/builds").then().statusCode(400);
    }
}
