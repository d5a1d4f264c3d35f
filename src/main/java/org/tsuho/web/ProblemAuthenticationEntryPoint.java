package org.tsuho.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** 401 for the API: a problem document and a {@code WWW-Authenticate} challenge, never a login redirect. */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ProblemResponses problems;
    private final String challenge;

    ProblemAuthenticationEntryPoint(ProblemResponses problems, String challenge) {
        this.problems = problems;
        this.challenge = challenge;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        problems.write(response, problems.problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated",
                "Sign in to use the API."));
    }
}
