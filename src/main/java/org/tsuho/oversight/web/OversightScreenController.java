package org.tsuho.oversight.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tsuho.audit.AuditEntry;
import org.tsuho.audit.AuditFilter;
import org.tsuho.audit.AuditTrail;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.casefile.CaseSummary;
import org.tsuho.escalation.Agency;
import org.tsuho.escalation.DisclosureLog;
import org.tsuho.escalation.FeedbackLog;
import org.tsuho.escalation.FeedbackType;
import org.tsuho.platform.error.FieldProblem;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.platform.paging.Cursor;
import org.tsuho.web.FormErrors;
import org.tsuho.web.JapanTime;

/**
 * The oversight screens: audit trail (filters: case number, person, action, dates in Japan time; keyset pages on
 * the chain position), disclosure log, partner feedback, and the chain's verification. Read-only: every handler
 * is a GET.
 */
@Controller
@RequestMapping("/oversight")
class OversightScreenController {

    static final int PAGE_SIZE = 50;
    static final List<String> TABS = List.of("audit", "disclosures", "feedback", "verification");
    private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9_]{0,59}");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(JapanTime.ZONE);

    /** An audit entry as the table shows it. */
    record AuditRow(AuditEntry entry, String time, String caseNumber) {
    }

    private final AuditTrail trail;
    private final CaseFiles cases;
    private final DisclosureLog disclosures;
    private final FeedbackLog feedback;
    private final MessageSource messages;

    OversightScreenController(AuditTrail trail, CaseFiles cases, DisclosureLog disclosures, FeedbackLog feedback,
                              MessageSource messages) {
        this.trail = trail;
        this.cases = cases;
        this.disclosures = disclosures;
        this.feedback = feedback;
        this.messages = messages;
    }

    @GetMapping
    String start() {
        return "redirect:/oversight/audit";
    }

    @GetMapping("/audit")
    String audit(@RequestParam(name = "case", required = false) String caseNumber, @RequestParam(required = false) String actor,
                 @RequestParam(required = false) String action, @RequestParam(required = false) String from,
                 @RequestParam(required = false) String to, @RequestParam(required = false) String cursor, Locale locale,
                 Model model) {
        List<FieldProblem> problems = new ArrayList<>();
        storable("oversight.case", caseNumber, problems);
        storable("oversight.actor", actor, problems);
        UUID caseId = null;
        if (present(caseNumber) && problems.isEmpty()) {
            caseId = cases.findByNumber(caseNumber.strip()).map(CaseSummary::id).orElse(null);
            if (caseId == null) {
                problems.add(FieldProblem.of("oversight.case", "oversight.error.unknownCase"));
            }
        }
        String wantedAction = present(action) ? action.strip().toUpperCase(Locale.ROOT) : null;
        if (wantedAction != null && !ACTION.matcher(wantedAction).matches()) {
            problems.add(FieldProblem.of("oversight.action", "error.format"));
        }
        Instant since = day("oversight.from", from, problems).map(d -> d.atStartOfDay(JapanTime.ZONE).toInstant()).orElse(null);
        Instant until = day("oversight.to", to, problems).map(d -> d.plusDays(1).atStartOfDay(JapanTime.ZONE).toInstant()).orElse(null);

        List<AuditRow> rows = List.of();
        String next = null;
        if (problems.isEmpty()) {
            AuditFilter filter = new AuditFilter(caseId, present(actor) ? actor.strip() : null, wantedAction, since, until);
            List<AuditEntry> entries = trail.search(filter, seq(cursor), PAGE_SIZE + 1);
            if (entries.size() > PAGE_SIZE) {
                entries = entries.subList(0, PAGE_SIZE);
                next = Long.toString(entries.get(PAGE_SIZE - 1).seq());
            }
            Map<UUID, String> numbers = new HashMap<>();
            Function<UUID, String> number = id -> id == null ? null
                    : numbers.computeIfAbsent(id, k -> cases.find(k).map(CaseSummary::caseNumber).orElse(k.toString()));
            rows = entries.stream().map(e -> new AuditRow(e, SECONDS.format(e.at()), number.apply(e.caseId()))).toList();
        }
        model.addAttribute("rows", rows);
        model.addAttribute("nextCursor", next);
        model.addAttribute("caseNumber", text(caseNumber));
        model.addAttribute("actor", text(actor));
        model.addAttribute("action", text(action));
        model.addAttribute("from", text(from));
        model.addAttribute("to", text(to));
        model.addAttribute("errors", FormErrors.of(problems, messages, locale));
        return tab(model, "audit");
    }

    @GetMapping("/disclosures")
    String disclosures(@RequestParam(required = false) String agency, @RequestParam(required = false) String cursor,
                       Model model) {
        Agency wanted = oneOf(Agency.values(), agency);
        Cursor before = Cursor.decode(cursor);
        List<DisclosureLog.Line> lines = disclosures.page(wanted, before == null ? null : before.at(),
                before == null ? null : uuid(before.id()), PAGE_SIZE + 1);
        String next = null;
        if (lines.size() > PAGE_SIZE) {
            lines = lines.subList(0, PAGE_SIZE);
            DisclosureLog.Line last = lines.get(PAGE_SIZE - 1);
            next = new Cursor(last.disclosure().disclosedAt(), last.disclosure().id().toString()).encode();
        }
        model.addAttribute("lines", lines);
        model.addAttribute("nextCursor", next);
        model.addAttribute("agency", wanted == null ? "" : wanted.name());
        model.addAttribute("agencies", Agency.values());
        return tab(model, "disclosures");
    }

    @GetMapping("/feedback")
    String feedback(@RequestParam(required = false) String agency, @RequestParam(required = false) String type,
                    @RequestParam(required = false) String cursor, Model model) {
        Agency wantedAgency = oneOf(Agency.values(), agency);
        FeedbackType wantedType = oneOf(FeedbackType.values(), type);
        Cursor before = Cursor.decode(cursor);
        List<FeedbackLog.Line> lines = feedback.page(wantedAgency, wantedType, before == null ? null : before.at(),
                before == null ? null : uuid(before.id()), PAGE_SIZE + 1);
        String next = null;
        if (lines.size() > PAGE_SIZE) {
            lines = lines.subList(0, PAGE_SIZE);
            FeedbackLog.Line last = lines.get(PAGE_SIZE - 1);
            next = new Cursor(last.entry().recordedAt(), last.entry().id().toString()).encode();
        }
        model.addAttribute("lines", lines);
        model.addAttribute("nextCursor", next);
        model.addAttribute("agency", wantedAgency == null ? "" : wantedAgency.name());
        model.addAttribute("type", wantedType == null ? "" : wantedType.name());
        model.addAttribute("agencies", Agency.values());
        model.addAttribute("types", FeedbackType.values());
        return tab(model, "feedback");
    }

    /** Walks the whole chain: as slow as the trail is long, so it has a page of its own. */
    @GetMapping("/verification")
    String verification(Model model) {
        model.addAttribute("result", trail.verify());
        return tab(model, "verification");
    }

    private static String tab(Model model, String tab) {
        model.addAttribute("tabs", TABS);
        model.addAttribute("tab", tab);
        return "oversight/" + tab;
    }

    private static Optional<LocalDate> day(String field, String text, List<FieldProblem> problems) {
        if (!present(text)) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.getYear() >= 1 && date.getYear() < 9999) {
                return Optional.of(date);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.add(FieldProblem.of(field, "error.date"));
        return Optional.empty();
    }

    /** An unknown choice (a hand-edited link) means no filter, as on the case list. */
    private static <E extends Enum<E>> E oneOf(E[] values, String name) {
        return Arrays.stream(values).filter(v -> v.name().equals(name)).findFirst().orElse(null);
    }

    private static Long seq(String cursor) {
        if (!present(cursor)) {
            return null;
        }
        try {
            return Long.parseLong(cursor.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("cursor", "error.cursor");
        }
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cursor", "error.cursor");
        }
    }

    /** U+0000 cannot be compared with anything PostgreSQL stores. */
    private static void storable(String field, String text, List<FieldProblem> problems) {
        if (text != null && text.indexOf('\0') >= 0) {
            problems.add(FieldProblem.of(field, "error.format"));
        }
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }
}
