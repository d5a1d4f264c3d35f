package org.tsuho.identity.keycloak;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where realm {@code tsuho} lives and who Tsuho is in it. Only read under the {@code keycloak} profile.
 * Every endpoint is derived from these URLs rather than discovered, so Tsuho starts while Keycloak is still
 * starting (keys and tokens are fetched at the first sign-in, not at start-up).
 *
 * @param realmUrl        the realm as browsers reach it; also the issuer ({@code iss}) every token must carry
 * @param backchannelUrl  the realm as Tsuho itself reaches it (token, keys, user info), e.g. a container network
 *                        name; defaults to {@code realmUrl}
 * @param clientId        Tsuho's confidential client, also the audience ({@code aud}) API tokens must name
 * @param clientSecret    that client's secret
 */
@ConfigurationProperties("tsuho.keycloak")
public record KeycloakSettings(
        @DefaultValue("http://localhost:8180/realms/tsuho") URI realmUrl,
        URI backchannelUrl,
        @DefaultValue("tsuho") String clientId,
        String clientSecret) {

    public KeycloakSettings {
        if (backchannelUrl == null) {
            backchannelUrl = realmUrl;
        }
    }

    String issuer() {
        return realmUrl.toString();
    }

    String browserEndpoint(String name) {
        return realmUrl + "/protocol/openid-connect/" + name;
    }

    String backchannelEndpoint(String name) {
        return backchannelUrl + "/protocol/openid-connect/" + name;
    }
}
