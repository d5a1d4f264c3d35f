package org.tsuho.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param demoAccounts create the documented demo accounts (embedded default only; {@code prod} refuses them)
 */
@ConfigurationProperties("tsuho.identity")
public record IdentitySettings(@DefaultValue("true") boolean demoAccounts) {
}
