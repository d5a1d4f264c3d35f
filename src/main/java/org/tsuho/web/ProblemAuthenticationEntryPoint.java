package org.tsuho.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.tsuho.identity.SignInThrottledException;

/**
 * 401 for the API: a problem document and a {@code WWW-Authenticate} challenge, never a login redirect. After too many
 * failed sign-ins, 429 with {@code Retry-After} instead: the client should wait, not ask its user for the password; 503
 * when the account could not be checked because the database is away.
 */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ProblemResponses problems;
    private final String challenge;

    ProblemAuthenticationEntryPoint(ProblemResponses problems, String challenge) {
        this.problems = problems;
        this.challenge = challenge;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        if (DatabaseOutage.isCause(e)) {
            // the account could not be looked up: not the caller's fault, so no challenge
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
            problems.write(response, problems.unavailable());
            return;
        }
        if (e instanceof SignInThrottledException throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, throttled.retryAfter().toSeconds())));
            problems.write(response, problems.problem(HttpStatus.TOO_MANY_REQUESTS, "sign-in-throttled", "Too many failed sign-ins",
                    "Sign-in for this user name from this address is refused for a while after repeated failures."));
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        problems.write(response, problems.problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated",
                "Sign in to use the API."));
    }
}
