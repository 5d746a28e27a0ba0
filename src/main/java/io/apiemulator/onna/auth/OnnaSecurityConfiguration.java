package io.apiemulator.onna.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;

import io.apiemulator.kernel.error.ApiErrors;
import io.apiemulator.kernel.persistence.StorageProperties;
import io.apiemulator.kernel.security.ChainOrder;
import io.apiemulator.kernel.security.DefaultSecurityConfiguration;
import io.apiemulator.onna.ApiVersionFilter;
import io.apiemulator.onna.OnnaApi;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.request.async.WebAsyncManagerIntegrationFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Onna's OAuth2: Spring Authorization Server issues signed JWTs at {@code /v1/oauth/token} for the client
 * credentials grant, and every other Onna path is a resource server that accepts only those tokens.
 */
@Configuration(proxyBeanMethods = false)
class OnnaSecurityConfiguration {

    @Bean
    @Order(ChainOrder.ONNA_TOKEN)
    SecurityFilterChain onnaTokenChain(HttpSecurity http, ApiErrors errors) {
        TokenResponses responses = new TokenResponses(errors);
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.tokenEndpoint(token -> token.accessTokenResponseHandler(responses).errorResponseHandler(responses))
                    .clientAuthentication(client -> client.errorResponseHandler(responses)
                            .authenticationProviders(PlainClientSecrets::install));
        });
        return DefaultSecurityConfiguration.stateless(http)
                .addFilterBefore(new TokenRequestFilter(errors), WebAsyncManagerIntegrationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(
                        (request, response, ex) -> errors.write(request, response, HttpStatus.UNAUTHORIZED,
                                "Invalid client credentials")))
                .build();
    }

    @Bean
    @Order(ChainOrder.ONNA)
    SecurityFilterChain onnaResourceChain(HttpSecurity http, ApiErrors errors, JwtDecoder onnaJwtDecoder) {
        DefaultBearerTokenResolver tokens = new DefaultBearerTokenResolver();
        return DefaultSecurityConfiguration.stateless(http)
                // the path alone: a regex matcher would also see the query string
                .securityMatcher(request -> OnnaApi.PATHS.matcher(ApiErrors.pathOf(request)).matches())
                .addFilterBefore(new ApiVersionFilter(errors), BearerTokenAuthenticationFilter.class)
                // other methods on the token path land here, not in the token chain: answer them 405
                .addFilterBefore(new TokenRequestFilter(errors), BearerTokenAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.requestMatchers("/v1/health").permitAll().anyRequest().authenticated())
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> jwt.decoder(onnaJwtDecoder))
                        // health is public: a stale token sent along (as the seed's curl does) must not fail it
                        .bearerTokenResolver(request -> "/v1/health".equals(ApiErrors.pathOf(request)) ? null
                                : tokens.resolve(request))
                        .authenticationEntryPoint((request, response, ex) -> errors.write(request, response,
                                HttpStatus.UNAUTHORIZED, "Missing, invalid or expired access token"))
                        .accessDeniedHandler((request, response, ex) -> errors.write(request, response,
                                HttpStatus.FORBIDDEN, "Forbidden")))
                .build();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().tokenEndpoint(TokenRequestFilter.TOKEN_PATH).build();
    }

    @Bean
    JWKSource<SecurityContext> onnaJwkSource(StorageProperties storage) {
        return SigningKeys.source(storage);
    }

    @Bean
    JwtDecoder onnaJwtDecoder(JWKSource<SecurityContext> onnaJwkSource, Clock clock) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(onnaJwkSource)
                .jwtProcessorCustomizer(processor -> processor.setJWSKeySelector(
                        new JWSVerificationKeySelector<>(SigningKeys.ALGORITHM, onnaJwkSource)))
                .build();
        // a token is dead the second expires_in says, as on the real API: no clock skew allowance
        JwtTimestampValidator expiry = new JwtTimestampValidator(Duration.ZERO);
        expiry.setClock(clock);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<Jwt>(List.of(expiry)));
        return new VerifiedTokens(decoder, expiry);
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> onnaTokenContents() {
        return context -> {
            context.getJwsHeader().algorithm(MacAlgorithm.from(SigningKeys.ALGORITHM.getName()));
            context.getClaims().claim(OnnaCallerResolver.ACCOUNT_CLAIM, context.getRegisteredClient()
                    .getClientSettings().getSetting(OnnaRegisteredClients.ACCOUNT_SETTING));
        };
    }

    /** Tokens are self-contained JWTs; keeping every issued one would only grow the heap under load. */
    @Bean
    OAuth2AuthorizationService statelessAuthorizations() {
        return new OAuth2AuthorizationService() {
            @Override
            public void save(OAuth2Authorization authorization) {
            }

            @Override
            public void remove(OAuth2Authorization authorization) {
            }

            @Override
            public OAuth2Authorization findById(String id) {
                return null;
            }

            @Override
            public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
                return null;
            }
        };
    }

    @Bean
    WebMvcConfigurer onnaCallerArgument() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new OnnaCallerResolver());
            }
        };
    }
}
