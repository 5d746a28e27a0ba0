package io.apiemulator.onna.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;

import io.apiemulator.kernel.error.ApiFamilies;
import io.apiemulator.kernel.persistence.StorageProperties;
import io.apiemulator.kernel.security.ChainOrder;
import io.apiemulator.kernel.security.SecurityConfiguration;

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
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.request.async.WebAsyncManagerIntegrationFilter;

/**
 * Onna's OAuth2: Spring Authorization Server issues signed JWTs at {@code /v1/oauth/token} for the client
 * credentials grant on a chain of its own; every other Onna path accepts only those tokens ({@link OnnaCallers}, run
 * by the kernel's caller chain).
 */
@Configuration(proxyBeanMethods = false)
class OnnaSecurityConfiguration {

    @Bean
    @Order(ChainOrder.ONNA_TOKEN)
    SecurityFilterChain onnaTokenChain(HttpSecurity http, ApiFamilies errors, JWKSource<SecurityContext> onnaJwkSource,
            Clock clock) {
        TokenResponses responses = new TokenResponses(errors);
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.tokenGenerator(tokenGenerator(onnaJwkSource, clock)).tokenEndpoint(token -> token.accessTokenResponseHandler(responses).errorResponseHandler(responses))
                    .clientAuthentication(client -> client.errorResponseHandler(responses)
                            .authenticationConverters(BasicClientCredentials::install)
                            .authenticationProviders(PlainClientSecrets::install));
        });
        return SecurityConfiguration.stateless(http)
                .addFilterBefore(new TokenRequestFilter(errors), WebAsyncManagerIntegrationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(
                        (request, response, ex) -> errors.write(request, response, HttpStatus.UNAUTHORIZED,
                                "Invalid client credentials")))
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

    /** Also keeps Spring Boot from making a decoder of its own for the authorization server. */
    @Bean
    JwtDecoder onnaJwtDecoder(JWKSource<SecurityContext> onnaJwkSource, Clock clock) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(onnaJwkSource)
                .jwtProcessorCustomizer(processor -> processor.setJWSKeySelector(
                        new JWSVerificationKeySelector<>(SigningKeys.ALGORITHM, onnaJwkSource)))
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<Jwt>(List.of(expiry(clock))));
        return decoder;
    }

    /** Onna's part of the kernel's caller chain: access tokens this server issued, checked on every Onna path. */
    @Bean
    OnnaCallers onnaCallers(JwtDecoder onnaJwtDecoder, Clock clock) {
        return new OnnaCallers(onnaJwtDecoder, expiry(clock));
    }

    /** A token is dead the second expires_in says, as on the real API: no clock skew allowance. */
    private static JwtTimestampValidator expiry(Clock clock) {
        JwtTimestampValidator expiry = new JwtTimestampValidator(Duration.ZERO);
        expiry.setClock(clock);
        return expiry;
    }

    /** HS256 JWTs carrying the caller's claims, timed by the server's clock. */
    private static JwtGenerator tokenGenerator(JWKSource<SecurityContext> onnaJwkSource, Clock clock) {
        JwtGenerator generator = new JwtGenerator(new NimbusJwtEncoder(onnaJwkSource));
        OAuth2TokenCustomizer<JwtEncodingContext> claims = TokenClaims.customizer();
        generator.setJwtCustomizer(context -> {
            context.getJwsHeader().algorithm(MacAlgorithm.from(SigningKeys.ALGORITHM.getName()));
            claims.customize(context);
        });
        generator.setClock(clock);
        return generator;
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
}
