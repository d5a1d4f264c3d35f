package org.tsuho.search;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsuho.audit.AuditTrail;
import org.tsuho.casefile.CaseSummary;
import org.tsuho.identity.Actor;
import org.tsuho.registry.Operators;
import org.tsuho.registry.Sector;

/**
 * The CSV export of a search's whole result, streamed: UTF-8 with a byte order mark (without it, spreadsheets in
 * Japan read the file as Shift_JIS), a header row in the reader's language, one row per case. Each export is one
 * {@code CASES_EXPORTED} entry in the audit trail naming the filter and the number of rows written.
 */
@Service
public class CaseExport {

    /** How values are written. */
    public enum Style {
        /** For people (the screens): names in the reader's language, times in Japan time. */
        READABLE(ZoneId.of("Asia/Tokyo"), DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm")),
        /** For systems (the API): codes, and times as UTC instants like the JSON. */
        CODES(ZoneId.of("UTC"), DateTimeFormatter.ISO_INSTANT);

        private final DateTimeFormatter format;

        Style(ZoneId zone, DateTimeFormatter format) {
            this.format = format.withZone(zone);
        }
    }

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    private static final List<String> COLUMNS = List.of("caseNumber", "receiptNumbers", "status", "severity", "category",
            "companyName", "companyId", "sector", "tlp", "title", "receivedAt", "nextDueAt", "urgency");

    private final CaseSearch search;
    private final AuditTrail audit;
    private final Operators operators;
    private final MessageSource messages;

    CaseExport(CaseSearch search, AuditTrail audit, Operators operators, MessageSource messages) {
        this.search = search;
        this.audit = audit;
        this.operators = operators;
        this.messages = messages;
    }

    /**
     * Writes every case of the filter to {@code out}. The audit entry is kept even when the reader breaks off
     * the download: it then counts the rows written until then.
     */
    @Transactional(noRollbackFor = UncheckedIOException.class)
    public int write(Actor reader, CaseFilter filter, Style style, Locale locale, OutputStream out) {
        Map<String, Sector> sectors = operators.sectorsByCode();
        int[] rows = {0};
        try {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            out.write(BOM);
            Csv csv = new Csv(writer);
            csv.row(COLUMNS.stream().map(c -> messages.getMessage("search.csv." + c, null, locale)).toList());
            search.each(filter, hit -> {
                csv.row(row(hit, style, locale, sectors));
                rows[0]++;
            });
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            audit.record(reader, null, "CASES_EXPORTED", "rows=" + rows[0] + " " + filter.describe());
        }
        return rows[0];
    }

    private List<String> row(CaseHit hit, Style style, Locale locale, Map<String, Sector> sectors) {
        CaseSummary c = hit.summary();
        boolean readable = style == Style.READABLE;
        Sector sector = sectors.get(c.sector());
        List<String> row = new ArrayList<>(COLUMNS.size());
        row.add(c.caseNumber());
        row.add(String.join(" ", hit.receiptNumbers()));
        row.add(readable ? messages.getMessage("status." + c.status(), null, locale) : c.status().name());
        row.add(c.severity() == null ? "" : readable
                ? c.severity() + " " + messages.getMessage("severity." + c.severity(), null, locale) : c.severity().toString());
        row.add(c.category() == null ? "" : readable ? messages.getMessage("category." + c.category(), null, c.category(), locale) : c.category());
        row.add(c.companyName());
        row.add(c.companyId());
        row.add(readable && sector != null ? sector.name(locale) : c.sector());
        row.add(c.tlp());
        row.add(c.title());
        row.add(time(c.createdAt(), style));
        row.add(time(hit.nextDueAt(), style));
        row.add(hit.nextDueAt() == null ? "" : readable
                ? messages.getMessage("search.csv.urgency." + hit.urgency(), null, locale) : hit.urgency().name());
        return row;
    }

    private static String time(Instant at, Style style) {
        return at == null ? "" : style.format.format(at);
    }
}
