package org.tsuho.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tsuho.casefile.CaseStatus;
import org.tsuho.intake.Tlp;
import org.tsuho.platform.database.Jdbc;
import org.tsuho.platform.error.FieldProblem;
import org.tsuho.platform.error.InvalidInputException;

/**
 * A search as it arrives: the query parameters of {@code GET /api/v1/cases} and of the search screen, all text,
 * blank meaning "any". {@link #toFilter} checks every field at once. The API takes received times as instants with an
 * offset; the screen as days in Japan time (both ends included).
 *
 * @param number   a case number (C-2026-000123) or a receipt number (R-2026-000123)
 * @param company  a corporate number (13 digits) or part of a company's name
 * @param q        words that must all occur in a report's title or summary, or in the company's name, or be the
 *                 case's or a report's number
 */
public record SearchParameters(String number, String company, String sector, String status, String severity, String tlp,
                               String receivedFrom, String receivedTo, String q) {

    /** How the received-time bounds are written. */
    public enum Dates {
        /** ISO-8601 instants with an offset; from included, to excluded (the API). */
        INSTANTS,
        /** {@code YYYY-MM-DD} in Japan time, both days included (the screens). */
        JAPAN_DAYS
    }

    public static final int MAX_QUERY = 200;
    public static final int MAX_TERMS = 10;
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final Pattern NUMBER = Pattern.compile("[CR]-\\d{4}-\\d{6}");
    private static final Pattern CORPORATE_NUMBER = Pattern.compile("\\d{13}");
    /** Any white space, the ideographic space (U+3000) of Japanese input included. */
    private static final Pattern SPACES = Pattern.compile("(?U)\\s+");

    public static SearchParameters none() {
        return new SearchParameters(null, null, null, null, null, null, null, null, null);
    }

    /** @throws InvalidInputException listing every field that is not a valid filter */
    public CaseFilter toFilter(Dates dates, Collection<String> sectorCodes) {
        List<FieldProblem> problems = new ArrayList<>();
        String numberText = text("number", number, 20, problems);
        String caseNumber = null;
        String receiptNumber = null;
        if (numberText != null) {
            String upper = numberText.toUpperCase(Locale.ROOT);
            if (!NUMBER.matcher(upper).matches()) {
                problems.add(FieldProblem.of("number", "error.search.number"));
            } else if (upper.startsWith("C")) {
                caseNumber = upper;
            } else {
                receiptNumber = upper;
            }
        }
        String companyText = text("company", company, MAX_QUERY, problems);
        boolean byCorporateNumber = companyText != null && CORPORATE_NUMBER.matcher(companyText).matches();
        String sectorCode = text("sector", sector, 40, problems);
        if (sectorCode != null && !sectorCodes.contains(sectorCode)) {
            problems.add(FieldProblem.of("sector", "error.oneOf", String.join(", ", sectorCodes)));
        }
        CaseStatus caseStatus = choice("status", status, problems, CaseStatus.values(), CaseStatus::name).orElse(null);
        Integer level = severity(problems);
        Tlp label = choice("tlp", tlp, problems, Tlp.values(), Tlp::label).orElse(null);
        Instant from = bound("receivedFrom", receivedFrom, dates, false, problems);
        Instant to = bound("receivedTo", receivedTo, dates, true, problems);
        if (from != null && to != null && !from.isBefore(to)) {
            problems.add(FieldProblem.of("receivedTo", "error.search.dateOrder"));
        }
        List<String> terms = terms(problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CaseFilter(caseNumber, receiptNumber, byCorporateNumber ? companyText : null,
                byCorporateNumber ? null : companyText, sectorCode, caseStatus, level, label == null ? null : label.label(),
                from, to, terms);
    }

    /**
     * The parameters that are given, form-encoded as a query string for links and saved searches
     * ({@code status=RECEIVED&q=%E6%9A%97…}); empty when none is.
     */
    public String queryString() {
        StringJoiner query = new StringJoiner("&");
        add(query, "number", number);
        add(query, "company", company);
        add(query, "sector", sector);
        add(query, "status", status);
        add(query, "severity", severity);
        add(query, "tlp", tlp);
        add(query, "receivedFrom", receivedFrom);
        add(query, "receivedTo", receivedTo);
        add(query, "q", q);
        return query.toString();
    }

    public boolean isEmpty() {
        return queryString().isEmpty();
    }

    private static void add(StringJoiner query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
    }

    /** Stripped, null when blank; U+0000 cannot be compared with anything PostgreSQL stores, so it is invalid. */
    private static String text(String field, String value, int max, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.indexOf('\0') >= 0) {
            problems.add(FieldProblem.of(field, "error.format"));
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            problems.add(FieldProblem.of(field, "error.length", 1, max));
            return null;
        }
        return text;
    }

    private static <E> Optional<E> choice(String field, String value, List<FieldProblem> problems, E[] choices,
                                          Function<E, String> label) {
        String text = text(field, value, 40, problems);
        if (text == null) {
            return Optional.empty();
        }
        Optional<E> match = Arrays.stream(choices).filter(c -> label.apply(c).equalsIgnoreCase(text)).findFirst();
        if (match.isEmpty()) {
            problems.add(FieldProblem.of(field, "error.oneOf", Arrays.stream(choices).map(label).collect(Collectors.joining(", "))));
        }
        return match;
    }

    private Integer severity(List<FieldProblem> problems) {
        String text = text("severity", severity, 2, problems);
        if (text == null) {
            return null;
        }
        if (!text.matches("[0-5]")) {
            problems.add(FieldProblem.of("severity", "error.range", 0, 5));
            return null;
        }
        return Integer.valueOf(text);
    }

    private static Instant bound(String field, String value, Dates dates, boolean upper, List<FieldProblem> problems) {
        String text = text(field, value, 40, problems);
        if (text == null) {
            return null;
        }
        try {
            Instant at = switch (dates) {
                case INSTANTS -> OffsetDateTime.parse(text).toInstant();
                case JAPAN_DAYS -> {
                    LocalDate day = LocalDate.parse(text);
                    yield (upper ? day.plusDays(1) : day).atStartOfDay(JAPAN).toInstant();
                }
            };
            if (Jdbc.storable(at)) {
                return at;
            }
        } catch (DateTimeException e) {
            // refused below
        }
        problems.add(FieldProblem.of(field, dates == Dates.INSTANTS ? "error.instant" : "error.date"));
        return null;
    }

    private List<String> terms(List<FieldProblem> problems) {
        String text = text("q", q, MAX_QUERY, problems);
        if (text == null) {
            return List.of();
        }
        List<String> terms = Arrays.stream(SPACES.split(text)).filter(t -> !t.isEmpty()).distinct().toList();
        if (terms.size() > MAX_TERMS) {
            problems.add(FieldProblem.of("q", "error.tooMany", MAX_TERMS));
            return List.of();
        }
        return terms;
    }
}
