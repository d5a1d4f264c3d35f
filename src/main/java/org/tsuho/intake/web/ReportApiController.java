package org.tsuho.intake.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tsuho.identity.Actor;
import org.tsuho.intake.Intake;
import org.tsuho.intake.ReportSubmission;
import org.tsuho.intake.ReportView;
import org.tsuho.intake.ReportViews;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.platform.paging.Cursor;
import org.tsuho.platform.paging.Limit;
import org.tsuho.platform.paging.Page;

/** {@code /api/v1/reports}: companies file reports and read their own. */
@RestController
@RequestMapping(path = "/api/v1/reports", produces = MediaType.APPLICATION_JSON_VALUE)
class ReportApiController {

    private final Intake intake;
    private final ReportViews views;
    private final ObjectMapper canonical;

    ReportApiController(Intake intake, ReportViews views, ObjectMapper json) {
        this.intake = intake;
        this.views = views;
        this.canonical = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    /** 201 for a new report and for the replay of one (api.md), which is also what the API description says. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ReportView> submit(Actor actor, @RequestBody ReportSubmission submission,
                                      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        if (idempotencyKey != null && (idempotencyKey.isEmpty() || idempotencyKey.length() > 255)) {
            throw new InvalidInputException("Idempotency-Key", "error.length", 1, 255);
        }
        Intake.Filed filed = intake.submit(actor, submission, idempotencyKey, digest(submission));
        return ResponseEntity.created(URI.create("/api/v1/reports/" + filed.report().id())).body(filed.report());
    }

    @GetMapping("/{id}")
    ReportView get(Actor actor, @PathVariable UUID id) {
        return views.get(actor, id);
    }

    @GetMapping
    Page<ReportView> list(Actor actor, @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        int size = Limit.of(limit);
        Cursor after = Cursor.decode(cursor);
        List<ReportView> rows = views.ofCompany(actor, after == null ? null : after.at(),
                after == null ? null : parseId(after.id()), size + 1);
        String next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            ReportView last = rows.get(size - 1);
            next = new Cursor(last.submittedAt(), last.id().toString()).encode();
        }
        return new Page<>(rows, next);
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cursor", "error.cursor");
        }
    }

    /** A digest of the request's meaning (not its bytes), so a retry with reordered keys is still the same request. */
    private String digest(ReportSubmission submission) {
        try {
            byte[] canonicalJson = canonical.writeValueAsString(submission).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalJson));
        } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
