package org.tsuho.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.tsuho.platform.error.FieldProblem;

/**
 * Builds RFC 9457 problem documents. Field messages are resolved from the bundles in the caller's language
 * (English unless the request asks for Japanese), so API clients and forms read the same rule.
 */
@Component
public class ProblemResponses {

    static final String TYPE_BASE = "https://tsuho.example/problems/";
    private final MessageSource messages;
    private final ObjectMapper json;

    ProblemResponses(MessageSource messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    public ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    /** The database is away: the client should retry after {@code Retry-After} seconds. */
    public ProblemDetail unavailable() {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Temporarily unavailable", "Please retry shortly.");
    }

    public ProblemDetail invalid(List<FieldProblem> problems, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                problems.size() == 1 ? "1 field is invalid." : problems.size() + " fields are invalid.");
        problem.setProperty("errors", problems.stream()
                .map(p -> Map.of("field", p.field(), "code", p.code(), "message", message(p, locale)))
                .toList());
        return problem;
    }

    public String message(FieldProblem problem, Locale locale) {
        return messages.getMessage(problem.code(), problem.args().toArray(), problem.code(), locale);
    }

    /** For filters and security handlers, which answer before any controller. */
    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    /** API callers get English unless they ask for Japanese. */
    public static Locale apiLocale(String acceptLanguage) {
        return acceptLanguage != null && acceptLanguage.toLowerCase(Locale.ROOT).startsWith("ja") ? Locale.JAPANESE : Locale.ENGLISH;
    }
}
