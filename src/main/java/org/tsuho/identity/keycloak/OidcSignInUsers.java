package org.tsuho.identity.keycloak;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.tsuho.identity.Actor;

/**
 * The person behind a screen sign-in (ID token plus user info): their realm roles become {@code ROLE_*}
 * authorities, and a company user without {@code company_id} cannot sign in at all.
 */
class OidcSignInUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = delegate.loadUser(request);
        try {
            Actor actor = TokenClaims.actor(user);
            return new DefaultOidcUser(TokenClaims.authorities(actor), user.getIdToken(), user.getUserInfo(), TokenClaims.USERNAME);
        } catch (UnusableTokenException e) {
            throw new OAuth2AuthenticationException(new OAuth2Error("unusable_account", e.getMessage(), null), e.getMessage(), e);
        }
    }
}
