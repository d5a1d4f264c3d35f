package org.tsuho.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Error pages in the reader's language: 403 and 404 have their own page, every other status the general one.
 * {@code /error/403} is where the screens' security chain sends a refused request (with its original method).
 */
@Controller
class ErrorPages implements ErrorViewResolver {

    @RequestMapping("/error/403")
    ModelAndView forbidden() {
        return page(HttpStatus.FORBIDDEN, Map.of());
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        return page(status, model);
    }

    static ModelAndView page(HttpStatus status, Map<String, ?> model) {
        String view = switch (status) {
            case FORBIDDEN -> "error/403";
            case NOT_FOUND -> "error/404";
            default -> "error/error";
        };
        ModelAndView page = new ModelAndView(view, model, status);
        page.addObject("status", status.value());
        return page;
    }
}
