package org.tsuho.identity;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without checking the password, after too many failures (see {@link SignInThrottleSettings}). */
public class SignInThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    public SignInThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins; try again later.");
        this.retryAfter = retryAfter;
    }

    /** How long until attempts are checked again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
