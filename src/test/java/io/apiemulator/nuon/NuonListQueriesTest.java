package io.apiemulator.nuon;

import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list costs the same number of SQL statements whatever its length: what its rows refer to (components,
 * builds, releases, install ids) is loaded for the whole page at once, not row by row.
 */
class NuonListQueriesTest extends NuonApiTest {

    private static final int ROWS = 4;

    @Autowired
    private EntityManagerFactory entityManagerFactory;

    private Statistics statistics;

    @BeforeEach
    void countStatements() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
    }

    @AfterEach
    void stopCounting() {
        statistics.setStatisticsEnabled(false);
    }

    @Test
    void listsDoNotQueryPerRow() {
        Org org = freshOrg();
        String second = addComponent(org, "second");
        for (int i = 0; i < ROWS; i++) {
            for (String component : new String[] {org.component(), second}) {
                String build = as(org).contentType("application/json").header("X-Emulator-Step-Duration", "0s")
                        .body("{\"git_ref\":\"main\"}").post("/v1/components/" + component + "/builds")
                        .then().statusCode(201).extract().path("id");
                as(org).contentType("application/json").header("X-Emulator-Step-Duration", "0s")
                        .body("{\"build_id\":\"" + build + "\",\"install_ids\":[\"a\",\"b\"],"
                                + "\"strategy\":{\"installs_per_step\":1}}")
                        .post("/v1/components/" + component + "/releases").then().statusCode(201);
            }
        }
        for (String path : new String[] {"/v1/components/" + org.component() + "/builds",
                "/v1/apps/" + org.app() + "/components/" + org.component() + "/builds",
                "/v1/builds?app_id=" + org.app(), "/v1/components/" + org.component() + "/releases",
                "/v1/apps/" + org.app() + "/releases"}) {
            long one = statements(() -> list(org, path, 1));
            long many = statements(() -> list(org, path, 2 * ROWS));
            assertThat(many).as(path).isEqualTo(one);
        }
    }

    private int list(Org org, String path, int limit) {
        return as(org).queryParam("limit", limit).get(path).then().statusCode(200).extract().path("size()");
    }

    /** Statements one request prepares; the least of three, as the counter also sees background jobs' queries. */
    private long statements(Supplier<Integer> request) {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            statistics.clear();
            assertThat(request.get()).isPositive();
            least = Math.min(least, statistics.getPrepareStatementCount());
        }
        return least;
    }
}
