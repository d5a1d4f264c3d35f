package org.tsuho.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that failed because the database is away answers 503 with {@code Retry-After} — problem+json for the
 * API, the error page for the screens — instead of a 500, whichever layer the failure came through (the engine
 * wraps its own). Outside the security chains, so failures inside them are caught too. A failure of a kind not
 * recognised is still put down to the outage when the database cannot be reached right after it: while the database
 * stops, drivers and layers report the broken connection in more shapes than any list of types holds, and a client
 * must never be told its well-formed request was a server fault. Other failures pass on.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);
    /** Seconds the probe waits for the database to answer before taking it as away. */
    private static final int PROBE_SECONDS = 2;

    private final ProblemResponses problems;
    private final DataSource dataSource;

    DatabaseOutageFilter(ProblemResponses problems, DataSource dataSource) {
        this.problems = problems;
        this.dataSource = dataSource;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (response.isCommitted() || !(DatabaseOutage.isCause(e) || databaseAway())) {
                throw e;
            }
            log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
            response.resetBuffer();
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                problems.write(response, problems.unavailable());
            } else {
                response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
            }
        }
    }

    /** Whether the database fails to hand out a working connection now (pool timeout, refused, or not valid). */
    private boolean databaseAway() {
        try (Connection connection = dataSource.getConnection()) {
            return !connection.isValid(PROBE_SECONDS);
        } catch (SQLException | RuntimeException e) {
            return true;
        }
    }
}
