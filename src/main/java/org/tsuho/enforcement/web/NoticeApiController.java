package org.tsuho.enforcement.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tsuho.enforcement.Explanation;
import org.tsuho.enforcement.Explanations;
import org.tsuho.enforcement.NoticeView;
import org.tsuho.enforcement.NoticeViews;
import org.tsuho.identity.Actor;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.platform.paging.Cursor;
import org.tsuho.platform.paging.Limit;
import org.tsuho.platform.paging.Page;

/** {@code /api/v1/notices}: a company reads its own notices and explains itself; staff read every notice. */
@RestController
@RequestMapping("/api/v1/notices")
class NoticeApiController {

    /** The written explanation (弁明書). */
    record ExplanationBody(String text) {
    }

    private final NoticeViews views;
    private final Explanations explanations;

    NoticeApiController(NoticeViews views, Explanations explanations) {
        this.views = views;
        this.explanations = explanations;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    Page<NoticeView> list(Actor actor, @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        int size = Limit.of(limit);
        Cursor after = Cursor.decode(cursor);
        List<NoticeView> rows = views.list(actor, after == null ? null : after.at(), after == null ? null : id(after.id()), size + 1);
        String next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            NoticeView last = rows.get(size - 1);
            next = new Cursor(last.issuedAt(), last.id().toString()).encode();
        }
        return new Page<>(rows, next);
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    NoticeView get(Actor actor, @PathVariable UUID id) {
        return views.get(actor, id);
    }

    /** Whatever the client accepts: the document is a PDF, and errors are problem+json as everywhere. */
    @GetMapping("/{id}/pdf")
    ResponseEntity<byte[]> pdf(Actor actor, @PathVariable UUID id) {
        NoticeViews.Pdf pdf = views.pdf(actor, id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(pdf.fileName()).build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(pdf.content());
    }

    @PostMapping(path = "/{id}/explanation", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Explanation> explain(Actor actor, @PathVariable UUID id, @RequestBody ExplanationBody body) {
        Explanation explanation = explanations.submit(actor, id, body.text());
        return ResponseEntity.created(URI.create("/api/v1/notices/" + id)).body(explanation);
    }

    private static UUID id(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cursor", "error.cursor");
        }
    }
}
