package io.apiemulator.nuon;

import java.util.List;
import java.util.Map;

import io.apiemulator.kernel.state.SeedDocuments;
import io.apiemulator.support.ApiTest;
import io.apiemulator.support.Contracts;
import io.restassured.specification.RequestSpecification;

import org.springframework.beans.factory.annotation.Autowired;

import static io.restassured.RestAssured.given;

/** Nuon test base: requests as the seeded orgs or as a fresh org of one's own (seeded through the seed section). */
public abstract class NuonApiTest extends ApiTest {

    public static final String DEMO_TOKEN = "nuon-demo-token";
    public static final String DEMO_ORG = "orgdemo0000000000000000000";
    public static final String DEMO_APP = "appdemo0000000000000000000";
    public static final String DEMO_COMPONENT = "cmpdemo0000000000000000000";
    public static final String OTHER_TOKEN = "nuon-other-token";
    public static final String OTHER_ORG = "orgother000000000000000000";
    public static final String OTHER_APP = "appother000000000000000000";
    public static final String OTHER_COMPONENT = "cmpother000000000000000000";
    public static final String ID = "^[a-z]{3}[0-9a-z]{23}$";

    @Autowired
    private SeedDocuments documents;

    /** An org with one app and one component nobody else touches. */
    protected record Org(String id, String token, String app, String component) {
    }

    protected Org freshOrg() {
        Org org = new Org(NuonIds.random("org"), "token-" + NuonIds.random("tok"), NuonIds.random("app"),
                NuonIds.random("cmp"));
        documents.apply(documents.bind(Map.of("nuon", Map.of("orgs", List.of(Map.of("id", org.id(), "name", "fresh", "tokens",
                List.of(org.token()), "apps", List.of(Map.of("id", org.app(), "name", "fresh-app", "components",
                        List.of(Map.of("id", org.component(), "name", "fresh-component", "type", "terraform_module"))))))))));
        return org;
    }

    /** Another component in the org's app; answers its id. */
    protected String addComponent(Org org, String name) {
        String id = NuonIds.random("cmp");
        documents.apply(documents.bind(Map.of("nuon", Map.of("orgs", List.of(Map.of("id", org.id(), "name", "fresh",
                "tokens", List.of(org.token()), "apps", List.of(Map.of("id", org.app(), "name", "fresh-app",
                        "components", List.of(Map.of("id", id, "name", name, "type", "helm_chart"))))))))));
        return id;
    }

    protected RequestSpecification as(String token, String org) {
        return given().filter(Contracts.nuon()).header("Authorization", "Bearer " + token)
                .header("X-Nuon-Org-ID", org);
    }

    protected RequestSpecification as(Org org) {
        return as(org.token(), org.id());
    }

    protected RequestSpecification asDemo() {
        return as(DEMO_TOKEN, DEMO_ORG);
    }

    protected RequestSpecification asOther() {
        return as(OTHER_TOKEN, OTHER_ORG);
    }

    /** A build that is active at once. */
    protected String activeBuild(Org org) {
        return as(org).contentType("application/json").header("X-Emulator-Step-Duration", "0s")
                .body("{\"git_ref\":\"main\"}").post("/v1/components/" + org.component() + "/builds")
                .then().statusCode(201).extract().path("id");
    }

    protected String release(Org org, String body, String step) {
        return as(org).contentType("application/json").header("X-Emulator-Step-Duration", step).body(body)
                .post("/v1/components/" + org.component() + "/releases").then().statusCode(201).extract().path("id");
    }
}
