package io.apiemulator.mechamental.release;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.apiemulator.mechamental.MechaMentalTest;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

/** Simultaneous transitions on one app are serialised by the app lock: never two active releases. */
class ConcurrentActivationTest extends MechaMentalTest {

    private static final int THREADS = 8;

    /** Runs the calls at the same moment (as far as threads allow) and returns their HTTP statuses. */
    private List<Integer> atOnce(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (Callable<Integer> call : calls) {
                results.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void eightSimultaneousActivationsLeaveExactlyOneActiveRelease() throws Exception {
        String releases = newApp();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            ids.add(draft(releases, "c" + i));
        }
        List<Callable<Integer>> calls = new ArrayList<>();
        for (String id : ids) {
            calls.add(() -> given().port(port).auth().oauth2(DEMO_TOKEN)
                    .post(releases + "/" + id + "/activate").statusCode());
        }
        assertThat(atOnce(calls)).containsOnly(200);

        var list = asDemo().queryParam("limit", 200).get(releases).then().statusCode(200).extract().jsonPath();
        List<String> active = list.getList("releases.findAll { it.status == 'active' }.release_id");
        assertThat(active).hasSize(1);
        assertThat(list.getList("releases.findAll { it.status == 'superseded' }")).hasSize(THREADS - 1);
        assertThat(list.getString("active_release_id")).isEqualTo(active.get(0));
        asDemo().get(releases + "/active").then().statusCode(200).body("release_id", is(active.get(0)));
        // the activations formed one chain: following previous_release_id from the active one visits all
        List<String> chain = new ArrayList<>();
        String at = active.get(0);
        while (at != null) {
            chain.add(at);
            at = asDemo().get(releases + "/" + at).then().extract().path("previous_release_id");
        }
        assertThat(chain).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void simultaneousCreatesOfANewAppGetDistinctNumbersAndOneWinnerPerTag() throws Exception {
        String releases = newApp();
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            String tag = "t" + (i % 4);
            calls.add(() -> given().port(port).auth().oauth2(DEMO_TOKEN).contentType("application/json")
                    .body(Map.of("release_tag", tag)).post(releases).statusCode());
        }
        List<Integer> statuses = atOnce(calls);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(4);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(4);
        asDemo().get(releases).then().statusCode(200).body("total", is(4))
                .body("releases.release_number", containsInAnyOrder(1, 2, 3, 4));
    }
}
