package io.apiemulator.docs;

import io.apiemulator.support.ApiTest;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

class ContractDocsTest extends ApiTest {

    @Test
    void swaggerUiOpensOnOnnaWithTheFamiliesInReadmeOrder() {
        given().get("/swagger-ui/swagger-config.json").then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("'urls.primaryName'", is("Onna Platform API"))
                .body("urls.name", contains("Onna Platform API", "Nuon API", "MechaMental releases API",
                        "Emulator admin API"))
                .body("urls.url", contains("/openapi/onna.yaml", "/openapi/nuon.yaml", "/openapi/mechamental.yaml",
                        "/openapi/admin.yaml"));
    }

    @Test
    void swaggerUiIsServedWithOurConfigurationInsteadOfThePetstore() {
        given().redirects().follow(false).get("/swagger-ui.html").then().statusCode(302)
                .header("Location", endsWith("/swagger-ui/index.html"));
        given().get("/swagger-ui/index.html").then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("swagger-initializer.js"));
        given().get("/swagger-ui/swagger-initializer.js").then().statusCode(200)
                .body(containsString("/swagger-ui/swagger-config.json")).body(not(containsString("petstore")));
        given().get("/swagger-ui/swagger-ui-bundle.js").then().statusCode(200);
    }

    @Test
    void noDocumentIsGeneratedFromTheControllers() {
        for (String path : new String[] {"/v3/api-docs", "/v3/api-docs/swagger-config", "/v3/api-docs.yaml"}) {
            given().get(path).then().statusCode(404).contentType(startsWith("application/json"))
                    .body("message", containsString("/openapi/onna.yaml"));
        }
    }

    @Test
    void contractsAreServedAsYaml() {
        for (String family : new String[] {"onna", "nuon", "mechamental", "admin"}) {
            given().get("/openapi/" + family + ".yaml").then().statusCode(200)
                    .contentType(startsWith("application/yaml")).body(startsWith("openapi: 3"));
        }
    }
}
