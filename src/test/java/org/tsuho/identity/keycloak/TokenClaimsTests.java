package org.tsuho.identity.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.tsuho.identity.Actor;
import org.tsuho.identity.Role;

class TokenClaimsTests {

    @Test
    void realmRolesBecomeTsuhoRolesAndKeycloaksOwnAreIgnored() {
        Actor actor = TokenClaims.actor(token(Map.of("preferred_username", "supervisor-2", "name", "責任者 2",
                "realm_access", Map.of("roles", List.of("supervisor", "examiner", "offline_access", "default-roles-tsuho")))));

        assertThat(actor.username()).isEqualTo("supervisor-2");
        assertThat(actor.displayName()).isEqualTo("責任者 2");
        assertThat(actor.roles()).containsExactlyInAnyOrder(Role.SUPERVISOR, Role.EXAMINER);
        assertThat(actor.companyId()).isNull();
    }

    @Test
    void aCompanyUsersCompanyIsTheCompanyIdClaim() {
        Actor actor = TokenClaims.actor(token(Map.of("preferred_username", "company-a",
                "realm_access", Map.of("roles", List.of("company")), "company_id", "9010401012345")));

        assertThat(actor.companyId()).isEqualTo("9010401012345");
        assertThat(actor.displayName()).isEqualTo("company-a");
    }

    @Test
    void staffGetNoCompanyEvenWithTheClaim() {
        Actor actor = TokenClaims.actor(token(Map.of("preferred_username", "worker-1",
                "realm_access", Map.of("roles", List.of("case-worker")), "company_id", "9010401012345")));

        assertThat(actor.companyId()).isNull();
    }

    @Test
    void aCompanyUserWithoutCompanyIdIsRefused() {
        Jwt jwt = token(Map.of("preferred_username", "company-x", "realm_access", Map.of("roles", List.of("company"))));

        assertThatThrownBy(() -> TokenClaims.actor(jwt)).isInstanceOf(UnusableTokenException.class).hasMessageContaining("company_id");
        assertThatThrownBy(() -> new AccessTokenAuthentication().convert(jwt)).isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void aTokenWithoutUsernameIsRefused() {
        assertThatThrownBy(() -> TokenClaims.actor(token(Map.of("realm_access", Map.of("roles", List.of("admin"))))))
                .isInstanceOf(UnusableTokenException.class);
    }

    @Test
    void theApiAuthenticationCarriesRoleAuthorities() {
        JwtAuthenticationToken authentication = (JwtAuthenticationToken) new AccessTokenAuthentication().convert(token(Map.of(
                "preferred_username", "worker-1", "realm_access", Map.of("roles", List.of("case-worker")))));

        assertThat(authentication.getName()).isEqualTo("worker-1");
        assertThat(authentication.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_CASE_WORKER");
        assertThat(new TokenActorSource().actorOf(authentication).roles()).containsExactly(Role.CASE_WORKER);
    }

    private static Jwt token(Map<String, Object> claims) {
        return Jwt.withTokenValue("token").header("alg", "RS256").claims(c -> c.putAll(claims))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300)).build();
    }
}
