package org.tsuho.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param demoAccounts  create the documented demo accounts (embedded default only; {@code prod} refuses them)
 * @param demoCompanies register the demo accounts' two companies in the registry, also when the people live in
 *                      Keycloak (its realm export has demo users of the same companies); the demo accounts
 *                      imply them
 */
@ConfigurationProperties("tsuho.identity")
public record IdentitySettings(@DefaultValue("true") boolean demoAccounts, @DefaultValue("true") boolean demoCompanies) {
}
