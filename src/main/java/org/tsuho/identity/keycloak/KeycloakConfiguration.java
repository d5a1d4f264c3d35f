package org.tsuho.identity.keycloak;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.tsuho.identity.ActorSource;
import org.tsuho.identity.StaffAddresses;

/**
 * Keycloak single sign-on: the screens sign in with OIDC (authorization code + PKCE, client {@code tsuho}),
 * the API takes bearer access tokens of the same realm. Nothing here contacts Keycloak at start-up.
 */
@Configuration(proxyBeanMethods = false)
@Profile("keycloak")
class KeycloakConfiguration {

    /** The registration id; it appears in Tsuho's redirect URI {@code /login/oauth2/code/keycloak}. */
    static final String REGISTRATION = "keycloak";

    @Bean
    ClientRegistrationRepository clientRegistrations(KeycloakSettings keycloak) {
        if (keycloak.clientSecret() == null || keycloak.clientSecret().isBlank()) {
            throw new IllegalStateException("tsuho.keycloak.client-secret is not set");
        }
        ClientRegistration tsuho = ClientRegistration.withRegistrationId(REGISTRATION)
                .clientId(keycloak.clientId())
                .clientSecret(keycloak.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .issuerUri(keycloak.issuer())
                .authorizationUri(keycloak.browserEndpoint("auth"))
                .tokenUri(keycloak.backchannelEndpoint("token"))
                .jwkSetUri(keycloak.backchannelEndpoint("certs"))
                .userInfoUri(keycloak.backchannelEndpoint("userinfo"))
                .userNameAttributeName(TokenClaims.USERNAME)
                // Read by RP-initiated logout, which ends the Keycloak session too.
                .providerConfigurationMetadata(Map.of("end_session_endpoint", keycloak.browserEndpoint("logout")))
                .clientName("Keycloak")
                .build();
        return new InMemoryClientRegistrationRepository(tsuho);
    }

    /**
     * Access tokens of realm {@code tsuho} meant for Tsuho: signed by the realm's keys, issued by the realm,
     * naming Tsuho as audience, and of type {@code Bearer} (an ID token, also addressed to Tsuho, is not an
     * access token).
     */
    @Bean
    JwtDecoder accessTokenDecoder(KeycloakSettings keycloak) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(keycloak.backchannelEndpoint("certs")).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(keycloak.issuer()),
                new JwtAudienceValidator(keycloak.clientId()),
                new JwtClaimValidator<String>("typ", "Bearer"::equals)));
        return decoder;
    }

    @Bean
    Converter<Jwt, AbstractAuthenticationToken> accessTokenAuthentication() {
        return new AccessTokenAuthentication();
    }

    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> oidcSignInUsers(StaffAddresses addresses) {
        return new OidcSignInUsers(addresses);
    }

    @Bean
    ActorSource tokenActorSource() {
        return new TokenActorSource();
    }
}
