package org.tsuho.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors Spring MVC raises before it has chosen a controller: a media type no API operation consumes (415), a
 * method the path does not have (405), an Accept header nothing produces (406). {@link ApiExceptionHandler} only
 * sees errors of API controllers, so without this these would leave as the servlet container's error page instead
 * of api.md's problem document. Screens keep their own error pages.
 */
@Component
class ApiRoutingErrors implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ApiRoutingErrors.class);
    private final ProblemResponses problems;

    ApiRoutingErrors(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
        if (handler != null || !(e instanceof ErrorResponse error) || !isApi(request)) {
            return null;
        }
        HttpStatus status = HttpStatus.valueOf(error.getStatusCode().value());
        try {
            error.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            problems.write(response, problems.problem(status, status.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-'),
                    status.getReasonPhrase(), error.getBody().getDetail()));
            return new ModelAndView();
        } catch (IOException writeFailed) {
            log.debug("Could not write the problem for {}", request.getRequestURI(), writeFailed);
            return null;
        }
    }

    @Override
    public int getOrder() {
        // Before Spring MVC's own resolvers, which would hand these to the container's error page.
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
