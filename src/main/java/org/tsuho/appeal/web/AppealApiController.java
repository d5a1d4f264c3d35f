package org.tsuho.appeal.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tsuho.appeal.AppealRequest;
import org.tsuho.appeal.AppealView;
import org.tsuho.appeal.Appeals;
import org.tsuho.appeal.Submission;
import org.tsuho.identity.Actor;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.platform.paging.Cursor;
import org.tsuho.platform.paging.Limit;
import org.tsuho.platform.paging.Page;

/** {@code /api/v1/appeals}: a company appeals its dispositions and submits its rebuttal; staff read every appeal. */
@RestController
@RequestMapping("/api/v1/appeals")
class AppealApiController {

    /** A written submission (反論書). */
    record SubmissionBody(String text) {
    }

    private final Appeals appeals;

    AppealApiController(Appeals appeals) {
        this.appeals = appeals;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AppealView> file(Actor actor, @RequestBody AppealRequest body) {
        AppealView appeal = appeals.file(actor, body);
        return ResponseEntity.created(URI.create("/api/v1/appeals/" + appeal.id())).body(appeal);
    }

    /** Newest first: a company's own, staff all. */
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    Page<AppealView> list(Actor actor, @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        int size = Limit.of(limit);
        Cursor after = Cursor.decode(cursor);
        List<AppealView> rows = appeals.list(actor, after == null ? null : after.at(), after == null ? null : id(after.id()), size + 1);
        String next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            AppealView last = rows.get(size - 1);
            next = new Cursor(last.filedAt(), last.id().toString()).encode();
        }
        return new Page<>(rows, next);
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    AppealView get(Actor actor, @PathVariable UUID id) {
        return appeals.get(actor, id);
    }

    @PostMapping(path = "/{id}/submissions", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Submission> submit(Actor actor, @PathVariable UUID id, @RequestBody SubmissionBody body) {
        return ResponseEntity.created(URI.create("/api/v1/appeals/" + id)).body(appeals.submit(actor, id, body.text()));
    }

    private static UUID id(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cursor", "error.cursor");
        }
    }
}
