package org.tsuho.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * Keycloak single sign-on (realm {@code tsuho}): the screens sign in with OIDC and signing out ends the
 * Keycloak session too (RP-initiated logout); the API takes bearer access tokens from the same realm.
 * The decoder, the token-to-authentication converter and the client registration come from the identity module.
 */
@Component
@Profile("keycloak")
class KeycloakSignIn implements SignInMechanism {

    private final ProblemResponses problems;
    private final JwtDecoder accessTokens;
    private final Converter<Jwt, AbstractAuthenticationToken> accessTokenAuthentication;
    private final ClientRegistrationRepository clients;
    private final OAuth2UserService<OidcUserRequest, OidcUser> users;
    private final String keycloakOrigin;

    KeycloakSignIn(ProblemResponses problems, JwtDecoder accessTokens,
                   Converter<Jwt, AbstractAuthenticationToken> accessTokenAuthentication, ClientRegistrationRepository clients,
                   OAuth2UserService<OidcUserRequest, OidcUser> users, @Value("${tsuho.keycloak.realm-url}") URI realm) {
        this.problems = problems;
        this.accessTokens = accessTokens;
        this.accessTokenAuthentication = accessTokenAuthentication;
        this.clients = clients;
        this.users = users;
        this.keycloakOrigin = realm.getScheme() + "://" + realm.getRawAuthority();
    }

    @Override
    public void configureApi(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint entryPoint = apiEntryPoint();
        http.oauth2ResourceServer(server -> server
                .jwt(jwt -> jwt.decoder(accessTokens).jwtAuthenticationConverter(accessTokenAuthentication))
                .authenticationEntryPoint(entryPoint)
                .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                    @Override
                    public <F extends BearerTokenAuthenticationFilter> F postProcess(F filter) {
                        filter.setAuthenticationFailureHandler((request, response, e) -> refuse(request, response, e, entryPoint));
                        return filter;
                    }
                }));
    }

    /**
     * A token that fails is a 401; Keycloak not answering (its keys cannot be fetched, e.g. while it is still
     * starting) is a 503 to retry, not a 500.
     */
    private void refuse(HttpServletRequest request, HttpServletResponse response, AuthenticationException e,
                        AuthenticationEntryPoint entryPoint) throws IOException, ServletException {
        if (e instanceof AuthenticationServiceException) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            problems.write(response, problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Temporarily unavailable",
                    "Access tokens cannot be checked right now. Please retry shortly."));
            return;
        }
        entryPoint.commence(request, response, e);
    }

    /** RFC 6750's challenge ({@code Bearer error="invalid_token", ...}) with a problem document as the body. */
    @Override
    public AuthenticationEntryPoint apiEntryPoint() {
        BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
        challenge.setRealmName("tsuho");
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> {
            challenge.commence(request, response, e);
            writeProblem(response);
        };
    }

    private void writeProblem(HttpServletResponse response) throws IOException {
        HttpStatus status = HttpStatus.valueOf(response.getStatus());
        problems.write(response, status == HttpStatus.UNAUTHORIZED
                ? problems.problem(status, "unauthenticated", "Unauthenticated", "Send a valid access token of realm tsuho as a bearer token.")
                : problems.problem(status, "invalid-request", status.getReasonPhrase(), "The Authorization header is malformed."));
    }

    @Override
    public void configureScreens(HttpSecurity http) throws Exception {
        OidcClientInitiatedLogoutSuccessHandler endKeycloakSession = new OidcClientInitiatedLogoutSuccessHandler(clients);
        endKeycloakSession.setPostLogoutRedirectUri("{baseUrl}/");
        http.oauth2Login(login -> login.userInfoEndpoint(userInfo -> userInfo.oidcUserService(users)))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(endKeycloakSession).permitAll());
    }

    /** Signing out posts to Tsuho, which redirects to Keycloak's end-session endpoint. */
    @Override
    public String formActionSources() {
        return "'self' " + keycloakOrigin;
    }
}
