package org.tsuho.identity.keycloak;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.tsuho.identity.Actor;

/**
 * Turns a verified bearer access token into the API's authentication: realm roles become {@code ROLE_*}
 * authorities. A token that names no usable person (a company user without {@code company_id}) is refused
 * here, so the API answers 401 {@code invalid_token} before any controller runs.
 */
class AccessTokenAuthentication implements Converter<Jwt, AbstractAuthenticationToken> {

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        try {
            Actor actor = TokenClaims.actor(jwt);
            return new JwtAuthenticationToken(jwt, TokenClaims.authorities(actor), actor.username());
        } catch (UnusableTokenException e) {
            throw new InvalidBearerTokenException(e.getMessage(), e);
        }
    }
}
