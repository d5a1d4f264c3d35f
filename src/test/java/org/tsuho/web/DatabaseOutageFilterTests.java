package org.tsuho.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A failure of a shape the classification does not know is a 503 when the database cannot be reached right after
 * it, and stays a failure (500) when the database answers.
 */
class DatabaseOutageFilterTests {

    private static final FilterChain UNKNOWN_FAILURE = (request, response) -> {
        throw new IllegalStateException("statement failed in a way no list of types foresaw");
    };

    @Test
    void anUnrecognisedFailure_whileTheDatabaseCannotBeReached_isA503ProblemWithRetryAfter() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter(database(false)).doFilter(new MockHttpServletRequest("POST", "/api/v1/reports"), response, UNKNOWN_FAILURE);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentAsString()).contains("unavailable").doesNotContain("IllegalState");
    }

    @Test
    void anUnrecognisedFailure_whileTheDatabaseAnswers_passesOnAsTheFaultItIs() {
        assertThatThrownBy(() -> filter(database(true)).doFilter(new MockHttpServletRequest("POST", "/api/v1/reports"),
                new MockHttpServletResponse(), UNKNOWN_FAILURE)).isInstanceOf(IllegalStateException.class);
    }

    private static DatabaseOutageFilter filter(DataSource database) {
        return new DatabaseOutageFilter(new ProblemResponses(new StaticMessageSource(), new ObjectMapper()), database);
    }

    /** A data source whose connections are valid, or which times out handing one out like the pool with no server. */
    private static DataSource database(boolean up) {
        Connection connection = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isValid" -> true;
                    case "close" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("getConnection")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    if (!up) {
                        throw new SQLTransientConnectionException("Connection is not available, request timed out after 5000ms");
                    }
                    return connection;
                });
    }
}
