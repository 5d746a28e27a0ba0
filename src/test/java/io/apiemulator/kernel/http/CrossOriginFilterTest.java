package io.apiemulator.kernel.http;

import java.util.List;

import io.apiemulator.kernel.error.ApiFamilies;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Origins outside {@code emulator.cors.allowed-origins} (the HTTP tests run with the permissive default). */
class CrossOriginFilterTest {

    private final CrossOriginFilter filter = new CrossOriginFilter(
            new CorsProperties(List.of("http://localhost:*", "https://app.example.com")),
            new ApiFamilies(List.of(), JsonMapper.builder().build()));

    @Test
    void anAllowedOriginPatternIsEchoed() throws Exception {
        MockHttpServletResponse response = run(request("GET", "http://localhost:3000"));
        assertThat(response.getHeader("Access-Control-Allow-Origin")).isEqualTo("http://localhost:3000");
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void anotherOriginIsRefusedWithoutReachingTheApi() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request("POST", "https://evil.example"), response, chain);

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getHeader("Access-Control-Allow-Origin")).isNull();
        assertThat(response.getContentAsString()).contains("https://evil.example")
                .contains("emulator.cors.allowed-origins");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void aPreflightOfAnAllowedOriginIsAnsweredHere() throws Exception {
        MockHttpServletRequest preflight = request("OPTIONS", "https://app.example.com");
        preflight.addHeader("Access-Control-Request-Method", "PATCH");
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(preflight, response, chain);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Access-Control-Allow-Methods")).contains("PATCH");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void anEmptyListTurnsCorsOff() throws Exception {
        CrossOriginFilter off = new CrossOriginFilter(new CorsProperties(List.of()),
                new ApiFamilies(List.of(), JsonMapper.builder().build()));
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        off.doFilter(request("GET", "http://localhost:3000"), response, chain);
        assertThat(chain.getRequest()).isNotNull();
        assertThat(response.getHeader("Access-Control-Allow-Origin")).isNull();
    }

    private MockHttpServletResponse run(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    private static MockHttpServletRequest request(String method, String origin) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/v1/workspaces");
        request.setServerName("localhost");
        request.setServerPort(8080);
        request.addHeader("Origin", origin);
        return request;
    }
}
