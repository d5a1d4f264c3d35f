package org.tsuho.identity.keycloak;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.tsuho.identity.Actor;
import org.tsuho.identity.Role;

/**
 * Reads a person from the claims of realm {@code tsuho}'s tokens (access token, ID token, user info alike):
 * {@code preferred_username}, {@code name}, the realm roles under {@code realm_access.roles}, and for company
 * users the corporate number in {@code company_id}. That claim is the only source of a user's company.
 */
final class TokenClaims {

    static final String USERNAME = "preferred_username";
    static final String COMPANY_ID = "company_id";

    private TokenClaims() {
    }

    /**
     * @throws UnusableTokenException when the token names nobody, or a company user comes without a company
     */
    static Actor actor(ClaimAccessor claims) {
        String username = claims.getClaimAsString(USERNAME);
        if (username == null || username.isBlank()) {
            throw new UnusableTokenException("the token has no " + USERNAME);
        }
        Set<Role> roles = roles(claims);
        String company = null;
        if (roles.contains(Role.COMPANY)) {
            company = claims.getClaimAsString(COMPANY_ID);
            if (company == null || company.isBlank()) {
                throw new UnusableTokenException("company user " + username + " has no " + COMPANY_ID);
            }
        }
        String name = claims.getClaimAsString("name");
        return new Actor(username, name == null || name.isBlank() ? username : name, roles, company);
    }

    static Collection<GrantedAuthority> authorities(Actor actor) {
        return actor.roles().stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    /** Realm roles that are Tsuho roles; Keycloak's own ({@code offline_access}, ...) are ignored. */
    private static Set<Role> roles(ClaimAccessor claims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claims.getClaims().get("realm_access") instanceof Map<?, ?> realmAccess
                && realmAccess.get("roles") instanceof List<?> names) {
            names.stream().map(String::valueOf).map(Role::ofGroup).flatMap(Optional::stream).forEach(roles::add);
        }
        return roles;
    }
}
