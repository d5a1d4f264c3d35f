package org.tsuho.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.tsuho.audit.AccessAudit;
import org.tsuho.platform.error.ConflictException;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.platform.error.NotFoundException;
import org.tsuho.platform.error.RefusedException;

/**
 * Errors of the screens as pages. A missing record, or another company's, is the 404 page; so is a malformed id in
 * a screen's path. {@code @RestController}s are {@code @Controller}s too: {@link ApiExceptionHandler} comes first
 * and answers for them with problem+json, so this advice only ever serves the screens.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ScreenExceptionHandler {

    private final AccessAudit access;

    ScreenExceptionHandler(AccessAudit access) {
        this.access = access;
    }

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound() {
        return ErrorPages.page(HttpStatus.NOT_FOUND, Map.of());
    }

    @ExceptionHandler
    ModelAndView refused(RefusedException e, HttpServletRequest request) {
        access.refused(request);
        return ErrorPages.page(HttpStatus.FORBIDDEN, Map.of());
    }

    @ExceptionHandler
    ModelAndView conflict(ConflictException e) {
        return ErrorPages.page(HttpStatus.CONFLICT, Map.of());
    }

    /** Forms catch their own field problems; this is bad input elsewhere, such as a tampered paging cursor. */
    @ExceptionHandler
    ModelAndView invalid(InvalidInputException e) {
        return ErrorPages.page(HttpStatus.BAD_REQUEST, Map.of());
    }
}
