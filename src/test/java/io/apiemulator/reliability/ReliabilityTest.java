package io.apiemulator.reliability;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.apiemulator.support.ApiTest;
import io.apiemulator.support.Contracts;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/**
 * Base of the reliability tests: tenants of each family created for the test alone (through
 * {@code POST /__admin/seed}), so counts taken before and after a request see only the test's own data.
 */
abstract class ReliabilityTest extends ApiTest {

    /** REST Assured sends bodies and Content-Types exactly as given: no charset appended, no re-encoding. */
    static final RestAssuredConfig RAW = RestAssuredConfig.config().encoderConfig(
            EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    record OnnaTenant(String clientId, String secret, String accountId) {
    }

    record NuonTenant(String org, String token, String app, String component) {
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** A Nuon-style 26-character id: 3-letter prefix and 23 base-36 characters. */
    static String nuonId(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 23);
    }

    OnnaTenant newOnnaTenant() {
        OnnaTenant tenant = new OnnaTenant(unique("client"), unique("secret"), unique("account"));
        seed(Map.of("onna", Map.of("clients", List.of(Map.of("client_id", tenant.clientId(),
                "client_secret", tenant.secret(), "account_id", tenant.accountId(),
                "user_id", tenant.accountId() + "@example.com", "name", "Reliability")))));
        return tenant;
    }

    NuonTenant newNuonTenant() {
        NuonTenant tenant = new NuonTenant(nuonId("org"), unique("nuon-token"), nuonId("app"), nuonId("cmp"));
        seed(Map.of("nuon", Map.of("orgs", List.of(Map.of("id", tenant.org(), "name", "reliability",
                "tokens", List.of(tenant.token()), "apps", List.of(Map.of("id", tenant.app(), "name", "rel-app",
                        "components", List.of(Map.of("id", tenant.component(), "name", "rel-component",
                                "type", "terraform_module")))))))));
        return tenant;
    }

    /** The releases path of a new app of the demo org (created on first write). */
    static String newMechaMentalApp() {
        return "/v1/orgs/demo-org/workspaces/demo-ws/apps/" + unique("app") + "/releases";
    }

    static void seed(Object document) {
        given().filter(Contracts.admin()).contentType(ContentType.JSON).body(document).post("/__admin/seed")
                .then().statusCode(200);
    }

    RequestSpecification asOnna(OnnaTenant tenant) {
        return given().config(RAW).auth().oauth2(onnaToken(tenant.clientId(), tenant.secret()));
    }

    static RequestSpecification asNuon(NuonTenant tenant) {
        return asNuon(tenant.token(), tenant.org());
    }

    static RequestSpecification asNuon(String token, String org) {
        return given().config(RAW).header("Authorization", "Bearer " + token).header("X-Nuon-Org-ID", org);
    }

    static RequestSpecification asMechaMental(String token) {
        return given().config(RAW).auth().oauth2(token);
    }
}
