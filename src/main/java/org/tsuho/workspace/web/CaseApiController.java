package org.tsuho.workspace.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.casefile.CaseStatus;
import org.tsuho.casefile.CaseSummary;
import org.tsuho.identity.Actor;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.platform.paging.Cursor;
import org.tsuho.platform.paging.Limit;
import org.tsuho.platform.paging.Page;
import org.tsuho.workspace.CaseDetail;
import org.tsuho.workspace.CaseDetails;

/** {@code /api/v1/cases}: staff read cases. */
@RestController
@RequestMapping(path = "/api/v1/cases", produces = MediaType.APPLICATION_JSON_VALUE)
class CaseApiController {

    private final CaseDetails details;
    private final CaseFiles cases;

    CaseApiController(CaseDetails details, CaseFiles cases) {
        this.details = details;
        this.cases = cases;
    }

    @GetMapping("/{id}")
    CaseDetail get(Actor actor, @PathVariable UUID id) {
        return details.get(actor, id);
    }

    @GetMapping
    Page<CaseSummary> list(@RequestParam(required = false) String status, @RequestParam(required = false) String sector,
                           @RequestParam(required = false) String q, @RequestParam(required = false) Integer limit,
                           @RequestParam(required = false) String cursor) {
        int size = Limit.of(limit);
        Cursor before = Cursor.decode(cursor);
        List<CaseSummary> rows = cases.search(status(status), text("sector", sector), text("q", q),
                before == null ? null : before.at(), before == null ? null : uuid(before.id()), size + 1);
        String next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            CaseSummary last = rows.get(size - 1);
            next = new Cursor(last.createdAt(), last.id().toString()).encode();
        }
        return new Page<>(rows, next);
    }

    private static CaseStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return CaseStatus.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "error.oneOf", java.util.Arrays.toString(CaseStatus.values()));
        }
    }

    /** Null when blank; U+0000 cannot be compared with anything PostgreSQL stores, so it is invalid input. */
    private static String text(String field, String text) {
        if (text != null && text.indexOf('\0') >= 0) {
            throw new InvalidInputException(field, "error.format");
        }
        return text == null || text.isBlank() ? null : text;
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cursor", "error.cursor");
        }
    }
}
