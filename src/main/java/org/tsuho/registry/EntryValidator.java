package org.tsuho.registry;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tsuho.platform.error.FieldProblem;

/**
 * Checks an {@link OperatorInput} and lists every problem at once, by field name. Used alike for the API, the
 * screen form and each row of an imported designation list.
 */
@Component
class EntryValidator {

    static final int MAX_NAME = 200;
    static final int MAX_CONTACTS = 10;
    private static final Pattern EMAIL = Pattern.compile("(?i)[a-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{5,30}");
    private static final Map<String, OperatorStatus> JAPANESE_STATUS = Map.of(
            "指定", OperatorStatus.DESIGNATED, "指定解除", OperatorStatus.WITHDRAWN, "未指定", OperatorStatus.NOT_DESIGNATED);

    /** The outcome: the entry (null when there are problems) and the problems. */
    record Checked(RegistryEntry entry, List<FieldProblem> problems) {
    }

    /**
     * @param sectors the known sectors by code, with their competent ministry (the default)
     */
    Checked check(OperatorInput input, Map<String, Sector> sectors) {
        List<FieldProblem> problems = new ArrayList<>();
        String corporateNumber = null;
        if (blank(input.corporateNumber())) {
            problems.add(FieldProblem.of("corporateNumber", "error.required"));
        } else {
            corporateNumber = CorporateNumber.parse(input.corporateNumber()).map(CorporateNumber::value).orElse(null);
            if (corporateNumber == null) {
                boolean thirteenDigits = Normalizer.normalize(input.corporateNumber(), Normalizer.Form.NFKC)
                        .replaceAll("[\\s-]", "").matches("[0-9]{13}");
                problems.add(FieldProblem.of("corporateNumber", thirteenDigits ? "error.checkDigit" : "error.corporateNumber"));
            }
        }
        String nameJa = text("nameJa", input.nameJa(), true, MAX_NAME, problems);
        String nameEn = text("nameEn", input.nameEn(), false, MAX_NAME, problems);
        Sector sector = null;
        if (blank(input.sector())) {
            problems.add(FieldProblem.of("sector", "error.required"));
        } else {
            sector = sectorOf(input.sector().strip(), sectors);
            if (sector == null) {
                problems.add(FieldProblem.of("sector", "error.oneOf", String.join(", ", sectors.keySet())));
            }
        }
        String ministry = text("ministry", input.ministry(), false, MAX_NAME, problems);
        LocalDate designatedOn = date("designatedOn", input.designatedOn(), problems);
        OperatorStatus status = status(input.status(), problems);
        List<ReportingContact> contacts = contacts(input.contacts(), problems);

        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        return new Checked(new RegistryEntry(corporateNumber, nameJa, nameEn == null ? nameJa : nameEn, sector.code(),
                ministry == null ? sector.ministryJa() : ministry, designatedOn, status, contacts, null), List.of());
    }

    /** A sector by its code or by its Japanese or English name, as published lists write it. */
    static Sector sectorOf(String text, Map<String, Sector> sectors) {
        Sector byCode = sectors.get(text.toUpperCase(Locale.ROOT));
        if (byCode != null) {
            return byCode;
        }
        return sectors.values().stream()
                .filter(s -> s.nameJa().equals(text) || s.nameEn().equalsIgnoreCase(text))
                .findFirst().orElse(null);
    }

    private static List<ReportingContact> contacts(List<OperatorInput.ContactInput> inputs, List<FieldProblem> problems) {
        if (inputs == null) {
            return List.of();
        }
        if (inputs.size() > MAX_CONTACTS) {
            problems.add(FieldProblem.of("contacts", "error.tooMany", MAX_CONTACTS));
            return List.of();
        }
        List<ReportingContact> contacts = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            OperatorInput.ContactInput input = inputs.get(i);
            String path = "contacts[" + i + "]";
            if (input == null) {
                problems.add(FieldProblem.of(path, "error.required"));
                continue;
            }
            String name = text(path + ".name", input.name(), true, MAX_NAME, problems);
            String department = text(path + ".department", input.department(), false, MAX_NAME, problems);
            String email = null;
            if (blank(input.email())) {
                problems.add(FieldProblem.of(path + ".email", "error.required"));
            } else if (input.email().strip().length() > 254 || !EMAIL.matcher(input.email().strip()).matches()) {
                problems.add(FieldProblem.of(path + ".email", "error.email"));
            } else {
                email = input.email().strip();
            }
            String phone = blank(input.phone()) ? null : input.phone().strip();
            if (phone != null && !PHONE.matcher(phone).matches()) {
                problems.add(FieldProblem.of(path + ".phone", "error.phone"));
            }
            if (name != null && email != null) {
                contacts.add(new ReportingContact(name, department, email, phone));
            }
        }
        return contacts;
    }

    private static String text(String field, String value, boolean required, int max, List<FieldProblem> problems) {
        if (blank(value)) {
            if (required) {
                problems.add(FieldProblem.of(field, "error.required"));
            }
            return null;
        }
        String text = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
        if (text.length() > max) {
            problems.add(FieldProblem.of(field, "error.length", 1, max));
            return null;
        }
        return text;
    }

    /** ISO dates, and the slashes Japanese spreadsheets write ({@code 2026/4/1}). */
    private static LocalDate date(String field, String value, List<FieldProblem> problems) {
        if (blank(value)) {
            return null;
        }
        String[] parts = Normalizer.normalize(value, Normalizer.Form.NFKC).strip().split("[-/]", -1);
        try {
            if (parts.length != 3 || !parts[0].matches("\\d{4}") || !parts[1].matches("\\d{1,2}") || !parts[2].matches("\\d{1,2}")) {
                throw new DateTimeException("not a date: " + value);
            }
            return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        } catch (DateTimeException e) {
            problems.add(FieldProblem.of(field, "error.date"));
            return null;
        }
    }

    /** By name, or as the published lists write it in Japanese. Blank: designated (the list is of designations). */
    private static OperatorStatus status(String value, List<FieldProblem> problems) {
        if (blank(value)) {
            return OperatorStatus.DESIGNATED;
        }
        String text = value.strip();
        Optional<OperatorStatus> match = Optional.ofNullable(JAPANESE_STATUS.get(text))
                .or(() -> Arrays.stream(OperatorStatus.values()).filter(s -> s.name().equalsIgnoreCase(text)).findFirst());
        if (match.isEmpty()) {
            problems.add(FieldProblem.of("status", "error.oneOf",
                    Arrays.stream(OperatorStatus.values()).map(Enum::name).collect(Collectors.joining(", "))));
        }
        return match.orElse(null);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
