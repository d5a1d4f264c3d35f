package org.tsuho.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Refusing password guesses with the embedded accounts (form login and HTTP Basic); Keycloak has its own brute-force
 * detection. Failures are counted per user name <em>and</em> client address, so someone guessing from one address
 * cannot lock the account's owner out everywhere, and a refusal always ends.
 *
 * @param maxFailures failed sign-ins for one user name from one address, within {@code window}, that start a refusal
 * @param window      how far back failures count
 * @param refusal     how long further attempts for that user name from that address are refused, the right password
 *                    included; it is not prolonged by attempts made during it
 */
@ConfigurationProperties("tsuho.identity.sign-in-throttle")
public record SignInThrottleSettings(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("15m") Duration window,
        @DefaultValue("15m") Duration refusal) {
}
