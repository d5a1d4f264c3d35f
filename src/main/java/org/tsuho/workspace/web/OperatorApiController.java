package org.tsuho.workspace.web;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tsuho.identity.Actor;
import org.tsuho.platform.error.FieldProblem;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.platform.paging.Cursor;
import org.tsuho.platform.paging.Limit;
import org.tsuho.platform.paging.Page;
import org.tsuho.registry.ImportPreview;
import org.tsuho.registry.OperatorInput;
import org.tsuho.registry.OperatorStatus;
import org.tsuho.registry.Registry;
import org.tsuho.registry.RegistryChanges;
import org.tsuho.registry.RegistryEntry;
import org.tsuho.registry.RegistryImport;
import org.tsuho.web.ProblemResponses;
import org.tsuho.workspace.ComplianceRecords;

/**
 * {@code /api/v1/operators}: the operator registry. Staff read it; administrators add, change and import
 * (the security configuration holds the roles). The corporate number is the operator's id.
 */
@RestController
@RequestMapping(path = "/api/v1/operators", produces = MediaType.APPLICATION_JSON_VALUE)
class OperatorApiController {

    /** A row of an import, its problems resolved in the caller's language. */
    record ImportRowView(int line, String corporateNumber, String nameJa, ImportPreview.Action action, List<String> changedFields,
                         List<ProblemView> errors) {
    }

    record ProblemView(String field, String code, String message) {
    }

    /** What an import would do ({@code dryRun}) or did. */
    record ImportView(boolean dryRun, boolean importable, String encoding, long created, long updated, long unchanged, long rejected,
                      List<ProblemView> fileErrors, List<ImportRowView> rows) {
    }

    private final Registry registry;
    private final RegistryImport imports;
    private final ComplianceRecords records;
    private final MessageSource messages;

    OperatorApiController(Registry registry, RegistryImport imports, ComplianceRecords records, MessageSource messages) {
        this.registry = registry;
        this.imports = imports;
        this.records = records;
        this.messages = messages;
    }

    /** Ordered by corporate number; filters by sector code, status and a text matched against number and names. */
    @GetMapping
    Page<RegistryEntry> list(@RequestParam(required = false) String sector, @RequestParam(required = false) String status,
                             @RequestParam(required = false) String q, @RequestParam(required = false) Integer limit,
                             @RequestParam(required = false) String cursor) {
        int size = Limit.of(limit);
        Cursor after = Cursor.decode(cursor);
        List<RegistryEntry> rows = registry.search(blankToNull(sector), status(status), q, after == null ? null : after.id(), size + 1);
        String next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            next = new Cursor(Instant.EPOCH, rows.get(size - 1).corporateNumber()).encode();
        }
        return new Page<>(rows, next);
    }

    @GetMapping("/{corporateNumber}")
    RegistryEntry get(Actor actor, @PathVariable String corporateNumber) {
        return records.entry(actor, corporateNumber);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RegistryEntry> create(Actor actor, @RequestBody OperatorInput input) {
        RegistryEntry entry = registry.create(actor.username(), input, RegistryChanges.Source.API);
        return ResponseEntity.created(URI.create("/api/v1/operators/" + entry.corporateNumber())).body(entry);
    }

    /** Replaces the entry; a {@code corporateNumber} in the body, if any, must be the one in the path. */
    @PutMapping(path = "/{corporateNumber}", consumes = MediaType.APPLICATION_JSON_VALUE)
    RegistryEntry update(Actor actor, @PathVariable String corporateNumber, @RequestBody OperatorInput input) {
        return registry.update(actor.username(), corporateNumber, input, RegistryChanges.Source.API);
    }

    /**
     * Imports the published designation list (CSV in UTF-8 or Shift_JIS). {@code dryRun=true} (the default) only
     * says what each row would do; {@code dryRun=false} imports a file without problems, else answers 400 naming
     * each row's problems ({@code rows[line].field}).
     */
    @PostMapping(path = "/import", consumes = {"text/csv", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ImportView importList(Actor actor, @RequestBody byte[] file, @RequestParam(defaultValue = "true") boolean dryRun,
                          @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        ImportPreview preview = dryRun ? imports.preview(file) : imports.apply(actor.username(), file);
        Locale locale = ProblemResponses.apiLocale(language);
        return new ImportView(dryRun, preview.importable(), preview.encoding(), preview.count(ImportPreview.Action.CREATE),
                preview.count(ImportPreview.Action.UPDATE), preview.count(ImportPreview.Action.UNCHANGED),
                preview.count(ImportPreview.Action.REJECTED), problems(preview.fileProblems(), locale),
                preview.rows().stream().map(r -> new ImportRowView(r.line(), r.corporateNumber(), r.nameJa(), r.action(),
                        r.changedFields(), problems(r.problems(), locale))).toList());
    }

    private List<ProblemView> problems(List<FieldProblem> problems, Locale locale) {
        return problems.stream()
                .map(p -> new ProblemView(p.field(), p.code(), messages.getMessage(p.code(), p.args().toArray(), p.code(), locale)))
                .toList();
    }

    private static OperatorStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OperatorStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "error.oneOf", Arrays.toString(OperatorStatus.values()));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
