package org.tsuho.identity.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.tsuho.identity.SignInThrottleSettings;
import org.tsuho.identity.SignInThrottledException;

/**
 * Counts failed password checks per user name and client address and, past {@link SignInThrottleSettings#maxFailures()}
 * within the window, refuses that pair for a while without checking the password (so guessing gains nothing). A
 * success resets the pair; only wrong passwords count, so clients that sign in correctly never trip it. State is
 * in memory, per node: a restart forgets it, and with several nodes an attacker gets that many tries per node.
 */
final class SignInThrottle implements AuthenticationProvider {

    /** Bounds memory under a spray from many addresses; past it, pairs whose failures have aged out go first. */
    static final int MAX_TRACKED = 10_000;

    private static final class Failures {
        final Deque<Instant> times = new ArrayDeque<>();
        Instant refusedUntil;
    }

    private final AuthenticationProvider passwordCheck;
    private final SignInThrottleSettings settings;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    SignInThrottle(AuthenticationProvider passwordCheck, SignInThrottleSettings settings, Clock clock) {
        this.passwordCheck = passwordCheck;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String key = key(request);
        Instant now = clock.instant();
        Failures pair = failures.get(key);
        if (pair != null) {
            synchronized (pair) {
                if (pair.refusedUntil != null && now.isBefore(pair.refusedUntil)) {
                    throw new SignInThrottledException(Duration.between(now, pair.refusedUntil));
                }
            }
        }
        try {
            Authentication authenticated = passwordCheck.authenticate(request);
            failures.remove(key);
            return authenticated;
        } catch (BadCredentialsException wrong) {
            failed(key, now);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwordCheck.supports(authentication);
    }

    private void failed(String key, Instant now) {
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(pair -> !active(pair, now));
            if (failures.size() >= MAX_TRACKED) {
                failures.clear();
            }
        }
        Failures pair = failures.computeIfAbsent(key, k -> new Failures());
        synchronized (pair) {
            if (pair.refusedUntil != null && !now.isBefore(pair.refusedUntil)) {
                pair.refusedUntil = null;
                pair.times.clear();
            }
            pair.times.addLast(now);
            while (!pair.times.isEmpty() && !pair.times.peekFirst().isAfter(now.minus(settings.window()))) {
                pair.times.removeFirst();
            }
            if (pair.times.size() >= settings.maxFailures()) {
                pair.refusedUntil = now.plus(settings.refusal());
            }
        }
    }

    private boolean active(Failures pair, Instant now) {
        synchronized (pair) {
            return (pair.refusedUntil != null && now.isBefore(pair.refusedUntil))
                    || (!pair.times.isEmpty() && pair.times.peekLast().isAfter(now.minus(settings.window())));
        }
    }

    private static String key(Authentication request) {
        String address = request.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "-";
        String name = request.getName() == null ? "" : request.getName().toLowerCase(Locale.ROOT);
        return name + "\u0000" + address;
    }
}
