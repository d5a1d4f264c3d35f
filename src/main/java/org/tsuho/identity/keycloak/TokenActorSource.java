package org.tsuho.identity.keycloak;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.tsuho.identity.Actor;
import org.tsuho.identity.ActorSource;

/** Sign-in through Keycloak: a screen session (OIDC login) or an API call with a bearer access token. */
class TokenActorSource implements ActorSource {

    @Override
    public boolean supports(Authentication authentication) {
        return authentication instanceof JwtAuthenticationToken
                || authentication instanceof OAuth2AuthenticationToken token && token.getPrincipal() instanceof OidcUser;
    }

    @Override
    public Actor actorOf(Authentication authentication) {
        if (authentication instanceof JwtAuthenticationToken token) {
            return TokenClaims.actor(token.getToken());
        }
        return TokenClaims.actor((OidcUser) authentication.getPrincipal());
    }
}
