package org.tsuho.identity.keycloak;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import java.util.Locale;
import org.tsuho.identity.Actor;
import org.tsuho.identity.StaffAddresses;

/**
 * The person behind a screen sign-in (ID token plus user info): their realm roles become {@code ROLE_*}
 * authorities, and a company user without {@code company_id} cannot sign in at all. A staff member's {@code email}
 * (and {@code locale}) claim is kept as where their task mail goes.
 */
class OidcSignInUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final StaffAddresses addresses;

    OidcSignInUsers(StaffAddresses addresses) {
        this.addresses = addresses;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = delegate.loadUser(request);
        try {
            Actor actor = TokenClaims.actor(user);
            if (!actor.isCompanyUser()) {
                String locale = user.getLocale();
                addresses.save(actor.username(), user.getEmail(), locale == null ? Locale.JAPANESE : Locale.forLanguageTag(locale));
            }
            return new DefaultOidcUser(TokenClaims.authorities(actor), user.getIdToken(), user.getUserInfo(), TokenClaims.USERNAME);
        } catch (UnusableTokenException e) {
            throw new OAuth2AuthenticationException(new OAuth2Error("unusable_account", e.getMessage(), null), e.getMessage(), e);
        }
    }
}
