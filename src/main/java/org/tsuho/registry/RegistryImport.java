package org.tsuho.registry;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsuho.platform.error.FieldProblem;
import org.tsuho.platform.error.InvalidInputException;

/**
 * Imports the published designation list (CSV, UTF-8 or Shift_JIS). {@link #preview} is the dry run: it reads
 * the file, checks every row and says what each would do, and changes nothing. {@link #apply} imports a file
 * only when it has no problem at all, so a registry is never left half-imported; every change it makes is
 * recorded like any other.
 * <p>
 * Columns are found by their header, in Japanese or English ({@code 法人番号} or {@code corporate_number} ...);
 * the corporate number, the name and the sector are required, other columns are optional. For an operator
 * already in the registry, an empty or missing optional column keeps what the registry has.
 */
@Service
public class RegistryImport {

    /** The columns a designation list may have. */
    enum Column {
        CORPORATE_NUMBER("corporateNumber", true, "法人番号", "corporatenumber"),
        NAME_JA("nameJa", true, "名称", "事業者名", "法人名", "商号又は名称", "nameja", "name"),
        NAME_EN("nameEn", false, "英語名称", "英文名称", "名称(英語)", "nameen"),
        SECTOR("sector", true, "事業分野", "分野", "sector"),
        MINISTRY("ministry", false, "所管省庁", "ministry"),
        DESIGNATED_ON("designatedOn", false, "指定日", "指定年月日", "designatedon"),
        STATUS("status", false, "状態", "指定状況", "status"),
        CONTACT_NAME("contactName", false, "連絡先氏名", "担当者氏名", "contactname"),
        CONTACT_DEPARTMENT("contactDepartment", false, "連絡先部署", "担当部署", "contactdepartment"),
        CONTACT_EMAIL("contactEmail", false, "連絡先メールアドレス", "連絡先メール", "contactemail"),
        CONTACT_PHONE("contactPhone", false, "連絡先電話番号", "contactphone");

        final String field;
        final boolean required;
        final List<String> headers;

        Column(String field, boolean required, String... headers) {
            this.field = field;
            this.required = required;
            this.headers = List.of(headers);
        }

        static Optional<Column> ofHeader(String header) {
            String key = normalise(header);
            for (Column column : values()) {
                if (column.headers.stream().map(RegistryImport::normalise).anyMatch(key::equals)) {
                    return Optional.of(column);
                }
            }
            return Optional.empty();
        }
    }

    private final Operators operators;
    private final RegistryChanges changes;
    private final EntryValidator validator;

    RegistryImport(Operators operators, RegistryChanges changes, EntryValidator validator) {
        this.operators = operators;
        this.changes = changes;
        this.validator = validator;
    }

    /** The dry run: what importing this file would do. Writes nothing. */
    @Transactional(readOnly = true)
    public ImportPreview preview(byte[] file) {
        return read(file).preview();
    }

    /**
     * Imports the file if it has no problem (else {@link InvalidInputException} naming every row's problems).
     *
     * @param changedBy the administrator, recorded with every change
     */
    @Transactional
    public ImportPreview apply(String changedBy, byte[] file) {
        Reading reading = read(file);
        ImportPreview preview = reading.preview();
        if (!preview.importable()) {
            throw new InvalidInputException(preview.allProblems());
        }
        for (Checked row : reading.rows) {
            RegistryEntry before = row.before;
            switch (row.row.action()) {
                case CREATE -> {
                    operators.insert(row.entry);
                    changes.created(row.entry, changedBy, RegistryChanges.Source.IMPORT);
                }
                case UPDATE -> {
                    operators.lock(row.entry.corporateNumber());
                    operators.update(row.entry);
                    changes.updated(before, row.entry, changedBy, RegistryChanges.Source.IMPORT);
                }
                default -> {
                    // unchanged rows change nothing
                }
            }
        }
        return preview;
    }

    private record Checked(ImportPreview.Row row, RegistryEntry entry, RegistryEntry before) {
    }

    private record Reading(String encoding, List<FieldProblem> fileProblems, List<Checked> rows) {
        ImportPreview preview() {
            return new ImportPreview(encoding, fileProblems, rows.stream().map(Checked::row).toList());
        }
    }

    private Reading read(byte[] file) {
        CsvFile.Decoded decoded = CsvFile.decode(file == null ? new byte[0] : file);
        List<CsvFile.Row> records;
        try {
            records = CsvFile.parse(decoded.text()).stream().filter(r -> !r.blank()).toList();
        } catch (CsvFile.Malformed e) {
            return new Reading(decoded.encoding(), List.of(FieldProblem.of("file", "error.csvQuote", e.line)), List.of());
        }
        if (records.isEmpty()) {
            return new Reading(decoded.encoding(), List.of(FieldProblem.of("file", "error.csvEmpty")), List.of());
        }
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        List<String> header = records.get(0).fields();
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            Column.ofHeader(header.get(i)).ifPresent(c -> columns.putIfAbsent(c, index));
        }
        List<String> missing = Arrays.stream(Column.values())
                .filter(c -> c.required && !columns.containsKey(c)).map(c -> c.headers.get(0)).toList();
        if (!missing.isEmpty()) {
            return new Reading(decoded.encoding(), List.of(FieldProblem.of("file", "error.csvColumns", String.join(", ", missing))),
                    List.of());
        }

        Map<String, Sector> sectors = operators.sectorsByCode();
        Map<String, Integer> seen = new HashMap<>();
        List<Checked> rows = new ArrayList<>();
        for (CsvFile.Row record : records.subList(1, records.size())) {
            rows.add(check(record, columns, sectors, seen));
        }
        return new Reading(decoded.encoding(), List.of(), rows);
    }

    private Checked check(CsvFile.Row record, Map<Column, Integer> columns, Map<String, Sector> sectors, Map<String, Integer> seen) {
        String number = value(record, columns, Column.CORPORATE_NUMBER);
        Optional<String> corporateNumber = CorporateNumber.parse(number).map(CorporateNumber::value);
        RegistryEntry before = corporateNumber.flatMap(operators::entry).orElse(null);
        EntryValidator.Checked checked = validator.check(input(record, columns, before), sectors);

        List<FieldProblem> problems = new ArrayList<>(checked.problems().stream().map(RegistryImport::asColumn).toList());
        if (corporateNumber.isPresent()) {
            Integer firstLine = seen.putIfAbsent(corporateNumber.get(), record.line());
            if (firstLine != null) {
                problems.add(FieldProblem.of("corporateNumber", "error.duplicateInFile", firstLine));
            }
        }
        String nameJa = value(record, columns, Column.NAME_JA);
        if (!problems.isEmpty()) {
            return new Checked(new ImportPreview.Row(record.line(), number, nameJa, ImportPreview.Action.REJECTED, List.of(), problems),
                    null, before);
        }
        RegistryEntry entry = checked.entry();
        if (before == null) {
            return new Checked(new ImportPreview.Row(record.line(), entry.corporateNumber(), entry.nameJa(), ImportPreview.Action.CREATE,
                    List.of(), List.of()), entry, null);
        }
        Map<String, String> old = before.summary();
        List<String> changed = entry.summary().entrySet().stream()
                .filter(e -> !e.getValue().equals(old.get(e.getKey()))).map(Map.Entry::getKey).toList();
        ImportPreview.Action action = changed.isEmpty() && before.contacts().equals(entry.contacts())
                ? ImportPreview.Action.UNCHANGED : ImportPreview.Action.UPDATE;
        return new Checked(new ImportPreview.Row(record.line(), entry.corporateNumber(), entry.nameJa(), action, changed, List.of()),
                entry, before);
    }

    /** The row as an input; for an operator already registered, empty optional columns keep its values. */
    private static OperatorInput input(CsvFile.Row record, Map<Column, Integer> columns, RegistryEntry before) {
        String contactName = value(record, columns, Column.CONTACT_NAME);
        String contactEmail = value(record, columns, Column.CONTACT_EMAIL);
        List<OperatorInput.ContactInput> contacts;
        if (!contactName.isBlank() || !contactEmail.isBlank()) {
            contacts = List.of(new OperatorInput.ContactInput(contactName, value(record, columns, Column.CONTACT_DEPARTMENT),
                    contactEmail, value(record, columns, Column.CONTACT_PHONE)));
        } else if (before != null) {
            contacts = before.contacts().stream()
                    .map(c -> new OperatorInput.ContactInput(c.name(), c.department(), c.email(), c.phone())).toList();
        } else {
            contacts = List.of();
        }
        return new OperatorInput(
                value(record, columns, Column.CORPORATE_NUMBER),
                value(record, columns, Column.NAME_JA),
                orElse(value(record, columns, Column.NAME_EN), before == null ? null : before.nameEn()),
                value(record, columns, Column.SECTOR),
                orElse(value(record, columns, Column.MINISTRY), before == null ? null : before.ministry()),
                orElse(value(record, columns, Column.DESIGNATED_ON),
                        before == null || before.designatedOn() == null ? null : before.designatedOn().toString()),
                orElse(value(record, columns, Column.STATUS), before == null ? null : before.status().name()),
                contacts);
    }

    private static String value(CsvFile.Row record, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        return index == null || index >= record.fields().size() ? "" : record.fields().get(index).strip();
    }

    private static String orElse(String value, String fallback) {
        return value.isBlank() ? fallback : value;
    }

    /** A contact problem named after the file's contact column ({@code contacts[0].email} is {@code contactEmail}). */
    private static FieldProblem asColumn(FieldProblem problem) {
        if (!problem.field().startsWith("contacts[0].")) {
            return problem;
        }
        String part = problem.field().substring("contacts[0].".length());
        String field = "contact" + Character.toUpperCase(part.charAt(0)) + part.substring(1);
        return new FieldProblem(field, problem.code(), problem.args());
    }

    static String normalise(String header) {
        String text = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFKC);
        return text.replace("\uFEFF", "").replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
    }
}
