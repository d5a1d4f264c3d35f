package org.tsuho.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tsuho.deadline.Stage;
import org.tsuho.platform.database.Jdbc;
import org.tsuho.platform.error.Checks;
import org.tsuho.platform.error.FieldProblem;
import org.tsuho.platform.error.InvalidInputException;

/**
 * Checks a whole submission against api.md and lists every problem at once. Only the shape and values are
 * checked here; whether {@code relatesTo} names one of the company's own reports is checked by {@link Intake}.
 */
@Component
public class SubmissionValidator {

    /** Clients' clocks drift; an awareness time this far ahead of ours is still "now". */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final int MAX_INDICATORS = 1000;
    static final int MAX_SYSTEMS = 50;
    static final Pattern RECEIPT_NUMBER = Pattern.compile("R-\\d{4}-\\d{6}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{5,30}");
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final Clock clock;

    SubmissionValidator(Clock clock) {
        this.clock = clock;
    }

    public NewReport validate(ReportSubmission s) {
        List<FieldProblem> problems = new ArrayList<>();
        ReportKind kind = Checks.oneOf("kind", s.kind(), ReportKind.class, problems).orElse(null);
        boolean incident = kind == ReportKind.INCIDENT;

        Stage stage = null;
        Category category = null;
        Instant awareAt = null;
        Instant occurredAt = null;
        LocalDate introducedOn = null;
        String relatesTo = blankToNull(s.relatesTo());
        Instant now = clock.instant();

        if (incident) {
            stage = Checks.oneOf("stage", s.stage(), Stage.class, problems).orElse(null);
            category = Checks.oneOf("category", s.category(), Category.class, problems).orElse(null);
            awareAt = instant("awareAt", s.awareAt(), true, problems);
            if (awareAt != null && awareAt.isAfter(now.plus(CLOCK_SKEW))) {
                problems.add(FieldProblem.of("awareAt", "error.future"));
            }
            occurredAt = instant("occurredAt", s.occurredAt(), false, problems);
            if (occurredAt != null && awareAt != null && occurredAt.isAfter(awareAt)) {
                problems.add(FieldProblem.of("occurredAt", "error.afterAwareness"));
            }
            if (stage == Stage.DETAILED || stage == Stage.UPDATE) {
                if (relatesTo == null) {
                    problems.add(FieldProblem.of("relatesTo", "error.required"));
                } else if (!RECEIPT_NUMBER.matcher(relatesTo).matches()) {
                    problems.add(FieldProblem.of("relatesTo", "error.receiptNumber"));
                }
            }
        } else if (kind == ReportKind.ASSET_NOTIFICATION) {
            introducedOn = date("introducedOn", s.introducedOn(), problems);
            if (introducedOn != null && introducedOn.isAfter(LocalDate.ofInstant(now, JAPAN))) {
                problems.add(FieldProblem.of("introducedOn", "error.future"));
            }
        }

        String title = Checks.text("title", s.title(), 200, problems);
        String summary = Checks.text("summary", s.summary(), 20000, problems);

        List<String> systems = s.affectedSystems() == null ? List.of() : s.affectedSystems();
        if (systems.size() > MAX_SYSTEMS) {
            problems.add(FieldProblem.of("affectedSystems", "error.tooMany", MAX_SYSTEMS));
        }
        for (int i = 0; i < systems.size() && i < MAX_SYSTEMS; i++) {
            Checks.text("affectedSystems[" + i + "]", systems.get(i), 200, problems);
        }

        List<Indicator> indicators = indicators(s.indicators(), problems);

        Tlp tlp = s.tlp() == null || s.tlp().isBlank() ? Tlp.AMBER
                : Checks.oneOf("tlp", s.tlp(), Tlp.class, Tlp::label, problems).orElse(null);
        Contact contact = contact(s.contact(), problems);

        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // Only follow-up stages join an earlier report's case; a flash report always opens its own.
        boolean followUp = stage == Stage.DETAILED || stage == Stage.UPDATE;
        return new NewReport(kind, stage, followUp ? relatesTo : null, category, title.strip(), summary, awareAt, occurredAt,
                introducedOn, systems.stream().map(String::strip).toList(), indicators, tlp,
                Boolean.TRUE.equals(s.shareConsent()), contact);
    }

    private List<Indicator> indicators(List<ReportSubmission.IndicatorInput> inputs, List<FieldProblem> problems) {
        if (inputs == null) {
            return List.of();
        }
        if (inputs.size() > MAX_INDICATORS) {
            problems.add(FieldProblem.of("indicators", "error.tooMany", MAX_INDICATORS));
            return List.of();
        }
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            ReportSubmission.IndicatorInput input = inputs.get(i);
            String path = "indicators[" + i + "]";
            if (input == null) {
                problems.add(FieldProblem.of(path, "error.required"));
                continue;
            }
            Optional<IndicatorType> type = Checks.oneOf(path + ".type", input.type(), IndicatorType.class, IndicatorType::label, problems);
            String value = input.value() == null ? "" : input.value().strip();
            if (value.isEmpty()) {
                problems.add(FieldProblem.of(path + ".value", "error.required"));
            } else if (value.length() > 2048) {
                problems.add(FieldProblem.of(path + ".value", "error.length", 1, 2048));
            } else if (type.isPresent() && !type.get().accepts(value)) {
                problems.add(FieldProblem.of(path + ".value", "error.indicator", type.get().label()));
            } else if (type.isPresent()) {
                indicators.add(new Indicator(type.get(), value));
            }
        }
        return indicators;
    }

    private Contact contact(ReportSubmission.ContactInput contact, List<FieldProblem> problems) {
        if (contact == null) {
            problems.add(FieldProblem.of("contact.name", "error.required"));
            problems.add(FieldProblem.of("contact.email", "error.required"));
            return null;
        }
        String name = Checks.text("contact.name", contact.name(), 200, problems);
        String email = blankToNull(contact.email());
        if (email == null) {
            problems.add(FieldProblem.of("contact.email", "error.required"));
        } else if (email.length() > 254 || !IndicatorType.EMAIL.matcher(email.strip()).matches()) {
            problems.add(FieldProblem.of("contact.email", "error.email"));
        }
        String phone = blankToNull(contact.phone());
        if (phone != null && !PHONE.matcher(phone.strip()).matches()) {
            problems.add(FieldProblem.of("contact.phone", "error.phone"));
        }
        return name == null || email == null ? null
                : new Contact(name.strip(), email.strip(), phone == null ? null : phone.strip());
    }

    private static Instant instant(String field, String value, boolean required, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(FieldProblem.of(field, "error.required"));
            }
            return null;
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of(field, "error.instant"));
            return null;
        }
        if (!Jdbc.storable(instant)) {
            problems.add(FieldProblem.of(field, "error.range", Jdbc.EARLIEST.toString(), Jdbc.LATEST.toString()));
            return null;
        }
        return instant;
    }

    private static LocalDate date(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "error.required"));
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of(field, "error.date"));
            return null;
        }
        if (!Jdbc.storable(date)) {
            problems.add(FieldProblem.of(field, "error.range", "0001-01-01", "9999-12-31"));
            return null;
        }
        return date;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
