package org.tsuho.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 for the API: a problem document and a {@code WWW-Authenticate} challenge, never a login redirect; 503 when the
 * account could not be checked because the database is away.
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
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        problems.write(response, problems.problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated",
                "Sign in to use the API."));
    }
}
