package org.tsuho.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points Tsuho at the shared test Keycloak, starting it first if this is the first Keycloak test. */
class KeycloakProperties implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        KeycloakServer keycloak = KeycloakServer.shared();
        TestPropertyValues.of(
                "tsuho.keycloak.realm-url=" + keycloak.realmUrl(),
                "tsuho.keycloak.backchannel-url=" + keycloak.realmUrl(),
                "tsuho.keycloak.client-secret=" + keycloak.clientSecret()
        ).applyTo(context);
    }
}
