package org.tsuho.identity.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.tsuho.identity.SignInThrottleSettings;
import org.tsuho.identity.SignInThrottledException;

class SignInThrottleTests {

    private static final String RIGHT = "right";

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(new PasswordIsRight(),
            new SignInThrottleSettings(5, Duration.ofMinutes(15), Duration.ofMinutes(15)), clock);

    @Test
    void theSixthAttemptAfterFiveFailuresIsRefusedEvenWithTheRightPassword() {
        failTimes(5, "alice", "10.0.0.1");

        assertThatThrownBy(() -> attempt("alice", "wrong", "10.0.0.1")).isInstanceOf(SignInThrottledException.class);
        assertThatThrownBy(() -> attempt("alice", RIGHT, "10.0.0.1")).isInstanceOfSatisfying(SignInThrottledException.class,
                refused -> assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(15)));
    }

    @Test
    void fourFailuresAreNotEnough() {
        failTimes(4, "alice", "10.0.0.1");

        assertThat(attempt("alice", RIGHT, "10.0.0.1").isAuthenticated()).isTrue();
    }

    @Test
    void theRefusalEndsAndIsNotProlongedByAttemptsDuringIt() {
        failTimes(5, "alice", "10.0.0.1");
        clock.move(Duration.ofMinutes(10));
        assertThatThrownBy(() -> attempt("alice", "wrong", "10.0.0.1")).isInstanceOfSatisfying(SignInThrottledException.class,
                refused -> assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(5)));

        clock.move(Duration.ofMinutes(5));
        assertThat(attempt("alice", RIGHT, "10.0.0.1").isAuthenticated()).isTrue();
    }

    @Test
    void aSuccessStartsTheCountAgain() {
        failTimes(4, "alice", "10.0.0.1");
        attempt("alice", RIGHT, "10.0.0.1");
        failTimes(4, "alice", "10.0.0.1");

        assertThat(attempt("alice", RIGHT, "10.0.0.1").isAuthenticated()).isTrue();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        failTimes(4, "alice", "10.0.0.1");
        clock.move(Duration.ofMinutes(16));
        failTimes(4, "alice", "10.0.0.1");

        assertThat(attempt("alice", RIGHT, "10.0.0.1").isAuthenticated()).isTrue();
    }

    @Test
    void guessingFromOneAddressDoesNotLockTheOwnerOutElsewhereNorOtherNames() {
        failTimes(5, "alice", "203.0.113.9");

        assertThat(attempt("alice", RIGHT, "10.0.0.1").isAuthenticated()).isTrue();
        assertThat(attempt("bob", RIGHT, "203.0.113.9").isAuthenticated()).isTrue();
        assertThatThrownBy(() -> attempt("ALICE", RIGHT, "203.0.113.9"))
                .as("the user name's case does not make a new pair").isInstanceOf(SignInThrottledException.class);
    }

    @Test
    void aSprayFromManyAddressesKeepsMemoryBoundedAndStillThrottlesTheNewest() {
        for (int i = 0; i < SignInThrottle.MAX_TRACKED + 10; i++) {
            failTimes(1, "user" + i, "198.51.100." + (i % 250));
        }
        failTimes(5, "alice", "10.0.0.1");

        assertThatThrownBy(() -> attempt("alice", RIGHT, "10.0.0.1")).isInstanceOf(SignInThrottledException.class);
    }

    private void failTimes(int times, String username, String address) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> attempt(username, "wrong", address)).isExactlyInstanceOf(BadCredentialsException.class);
        }
    }

    private Authentication attempt(String username, String password, String address) {
        UsernamePasswordAuthenticationToken request = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        request.setDetails(new WebAuthenticationDetails(address, null));
        return throttle.authenticate(request);
    }

    /** Every account's password is {@value #RIGHT}. */
    private static final class PasswordIsRight implements AuthenticationProvider {
        @Override
        public Authentication authenticate(Authentication request) {
            if (!RIGHT.equals(request.getCredentials())) {
                throw new BadCredentialsException("Bad credentials");
            }
            return UsernamePasswordAuthenticationToken.authenticated(request.getName(), null, List.of());
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-04-01T00:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
