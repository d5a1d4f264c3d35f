package org.tsuho.search.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tsuho.identity.Actor;
import org.tsuho.platform.paging.Limit;
import org.tsuho.platform.paging.Page;
import org.tsuho.registry.Operators;
import org.tsuho.registry.Sector;
import org.tsuho.search.CaseExport;
import org.tsuho.search.CaseFilter;
import org.tsuho.search.CaseHit;
import org.tsuho.search.CaseSearch;
import org.tsuho.search.SearchParameters;

/**
 * {@code GET /api/v1/cases}: staff search cases (api.md's {@code status}, {@code sector}, {@code q} and more filters),
 * and {@code GET /api/v1/cases/export.csv}: the whole result as CSV. Received times are instants with an offset.
 */
@RestController
@RequestMapping("/api/v1/cases")
class CaseSearchApiController {

    private final CaseSearch search;
    private final CaseExport export;
    private final Operators operators;

    CaseSearchApiController(CaseSearch search, CaseExport export, Operators operators) {
        this.search = search;
        this.export = export;
        this.operators = operators;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    Page<CaseHit> list(@ParameterObject SearchParameters parameters, @RequestParam(required = false) Integer limit,
                       @RequestParam(required = false) String cursor) {
        CaseFilter filter = filter(parameters);
        return search.page(filter, cursor, Limit.of(limit));
    }

    /** Codes and UTC instants; the header row in the request's language. The filter is checked before anything is written. */
    @GetMapping("/export.csv")
    void export(Actor actor, @ParameterObject SearchParameters parameters, Locale locale, HttpServletResponse response) throws IOException {
        CaseFilter filter = filter(parameters);
        response.setContentType(CaseExport.MEDIA_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cases.csv\"");
        export.write(actor, filter, CaseExport.Style.CODES, locale, response.getOutputStream());
    }

    private CaseFilter filter(SearchParameters parameters) {
        return parameters.toFilter(SearchParameters.Dates.INSTANTS, operators.sectors().stream().map(Sector::code).toList());
    }
}
