package io.apiemulator.onna.workspace;

import java.util.ArrayList;
import java.util.List;

import io.apiemulator.onna.OnnaApiTest;
import io.apiemulator.support.Contracts;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

/** The suite's one server with another page size: pages of 2 make first, middle and last pages cheap. */
@TestPropertySource(properties = "emulator.onna.page-size=2")
class WorkspacePaginationTest extends OnnaApiTest {

    @Test
    void cursorsWalkEveryWorkspaceOnceInCreationOrder() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(createWorkspace(asOnnaDemo()));
        }

        List<String> listed = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String cursor = null;
        do {
            ExtractableResponse<Response> page = page(cursor);
            List<String> ids = page.path("items.onna_id");
            listed.addAll(ids);
            pageSizes.add(ids.size());
            cursor = page.path("cursor");
            if (cursor != null) {
                assertThat(cursor).matches("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z//ws[0-9a-f]{30}").endsWith(ids.get(1));
            }
        } while (cursor != null);

        assertThat(listed).doesNotHaveDuplicates().containsSubsequence(created);
        assertThat(pageSizes.subList(0, pageSizes.size() - 1)).as("every page but the last is full").containsOnly(2);
        assertThat(pageSizes.get(pageSizes.size() - 1)).isBetween(0, 2);
        assertThat(pageSizes).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void anExactlyFullLastPageHasNoCursor() {
        for (int i = 0; i < 3; i++) {
            createWorkspace(asOnnaDemo());
        }
        List<String> all = listWorkspaces(this::asOnnaDemo);
        String before = all.get(all.size() - 3);
        String createdAt = asOnnaDemo().get("/v1/workspaces/" + before).then().extract().path("creation_datetime");

        ExtractableResponse<Response> lastPage = page(createdAt + "//" + before);
        assertThat(lastPage.<List<String>>path("items.onna_id"))
                .containsExactlyElementsOf(all.subList(all.size() - 2, all.size()));
        assertThat(lastPage.<String>path("cursor")).isNull();
    }

    @Test
    void aPositionPastTheEndIsAnEmptyLastPage() {
        ExtractableResponse<Response> beyond = page("9999-01-01T00:00:00Z//ws000000000000000000000000000000");
        assertThat(beyond.<List<String>>path("items")).isEmpty();
        assertThat(beyond.<String>path("cursor")).isNull();
    }

    @Test
    void pagesAreOnlyTheCallersWorkspaces() {
        String foreign = createWorkspace(asOnnaOther());
        assertThat(listWorkspaces(this::asOnnaDemo)).doesNotContain(foreign);
        assertThat(listWorkspaces(this::asOnnaOther)).contains(foreign);
    }

    private ExtractableResponse<Response> page(String cursor) {
        var request = asOnnaDemo().filter(Contracts.onna());
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return request.get("/v1/workspaces").then().statusCode(200).body("items.size()", lessThanOrEqualTo(2))
                .extract();
    }
}
