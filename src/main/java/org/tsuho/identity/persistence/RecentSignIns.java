package org.tsuho.identity.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Remembers successful password checks for a short while. API clients with HTTP Basic send their password on every
 * request, and a deliberately slow password hash would otherwise cost a core's worth of time per few requests. Only
 * a salted digest of the credentials is kept, never the password; entries expire after {@link #TTL}, so a changed
 * password or a disabled account takes effect within that time. Failures are never cached.
 */
final class RecentSignIns implements AuthenticationProvider {

    static final Duration TTL = Duration.ofMinutes(2);
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(Authentication authentication, Instant expires) {
    }

    private final AuthenticationProvider passwordCheck;
    private final Clock clock;
    private final byte[] salt = new byte[32];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    RecentSignIns(AuthenticationProvider passwordCheck, Clock clock) {
        this.passwordCheck = passwordCheck;
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public Authentication authenticate(Authentication request) {
        if (!(request.getCredentials() instanceof String password)) {
            return passwordCheck.authenticate(request);
        }
        String key = digest(request.getName(), password);
        Instant now = Instant.now(clock);
        Entry entry = entries.get(key);
        if (entry != null && entry.expires().isAfter(now)) {
            return entry.authentication();
        }
        Authentication authenticated = passwordCheck.authenticate(request);
        if (authenticated != null && authenticated.isAuthenticated()) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(key, new Entry(authenticated, now.plus(TTL)));
        }
        return authenticated;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String digest(String username, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
