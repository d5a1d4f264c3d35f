package org.tsuho.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.tsuho.audit.AccessAudit;
import org.tsuho.platform.error.ConflictException;
import org.tsuho.platform.error.FieldProblem;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.platform.error.NotFoundException;
import org.tsuho.platform.error.RefusedException;
import org.tsuho.platform.error.UnprocessableException;

/**
 * Every API error as problem+json; bad input is a 400 naming the fields, never a 500. First in line, because the
 * screens' advice (HTML pages) would otherwise also match {@code @RestController}s, which are {@code @Controller}s.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private final ProblemResponses problems;
    private final AccessAudit access;

    ApiExceptionHandler(ProblemResponses problems, AccessAudit access) {
        this.problems = problems;
        this.access = access;
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidInputException e, WebRequest request) {
        return problems.invalid(e.problems(), ProblemResponses.apiLocale(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        return problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail conflict(ConflictException e) {
        return problems.problem(HttpStatus.CONFLICT, "conflict", "Wrong state", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail refused(RefusedException e, HttpServletRequest request) {
        access.refused(request);
        return problems.problem(HttpStatus.FORBIDDEN, "refused", "Refused", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail accessDenied(AccessDeniedException e) {
        return problems.problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Your role may not do this.");
    }

    @ExceptionHandler
    ProblemDetail unprocessable(UnprocessableException e) {
        return problems.problem(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused", "Unprocessable", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e, WebRequest request) {
        return problems.invalid(List.of(FieldProblem.of(e.getName(), "error.format")),
                ProblemResponses.apiLocale(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    /** The database is away: tell clients to retry rather than fail them with a 500. */
    @ExceptionHandler({CannotGetJdbcConnectionException.class, DataAccessResourceFailureException.class, TransientDataAccessException.class,
            CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> unavailable(Exception e) {
        log.warn("Database unavailable: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS))
                .body(problems.unavailable());
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problems.invalid(
                List.of(FieldProblem.of(e.getParameterName(), "error.required")),
                ProblemResponses.apiLocale(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))));
    }

    /** Malformed JSON, or a value of the wrong JSON type: name the field where Jackson can tell it. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = path(mismatch);
            String code = mismatch instanceof InvalidFormatException ? "error.format" : "error.type";
            return ResponseEntity.badRequest().body(problems.invalid(List.of(FieldProblem.of(field, code)),
                    ProblemResponses.apiLocale(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))));
        }
        return ResponseEntity.badRequest().body(problems.problem(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed request body",
                "The request body is missing or is not valid JSON."));
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }
}
