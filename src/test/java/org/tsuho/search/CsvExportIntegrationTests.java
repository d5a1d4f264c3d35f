package org.tsuho.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsuho.search.SearchFixtures.file;
import static org.tsuho.search.SearchFixtures.token;
import static org.tsuho.support.ApiClient.q;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tsuho.audit.AuditEntry;
import org.tsuho.audit.AuditTrail;
import org.tsuho.support.ApiClient;
import org.tsuho.support.AuditLog;
import org.tsuho.support.ScreenSession;
import org.tsuho.support.TsuhoIntegrationTest;

/**
 * The CSV export: UTF-8 with a byte order mark, RFC 4180 quoting, Japanese text back as it was filed, the whole
 * result rather than one page, Japan time and labels on the screen, codes and UTC on the API, one audit entry each.
 */
@TsuhoIntegrationTest
class CsvExportIntegrationTests {

    /** A title with everything CSV must quote: a comma, quotes, a line break. */
    private static final String AWKWARD = "請求サーバー, \"暗号化\"\n二行目";

    @LocalServerPort
    int port;
    @Autowired
    AuditTrail trail;
    @Autowired
    Clock clock;

    private ApiClient companyA;

    @BeforeEach
    void clients() {
        companyA = ApiClient.on(port).as("company-a");
    }

    @Test
    void theApiExportIsUtf8WithABomAndQuotesWhatItMust() throws Exception {
        String token = token();
        JsonNode awkward = file(companyA, AWKWARD + " " + token, "概要", "AMBER");
        JsonNode formula = file(companyA, "=HYPERLINK(\"http://example.invalid\") " + token, "概要", "GREEN");
        long mark = AuditLog.mark(trail);

        HttpResponse<byte[]> export = get("/api/v1/cases/export.csv?q=" + q(token), "worker-1", null);

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(export.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("attachment"));
        byte[] bytes = export.body();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertThat(rows.get(0)).startsWith("案件番号", "受付番号", "状況");
        assertThat(rows).hasSize(3);
        List<String> newest = rows.get(1);
        List<String> oldest = rows.get(2);
        assertThat(newest.get(0)).isEqualTo(formula.path("caseNumber").asText());
        assertThat(newest.get(9)).as("a formula is neutralised").isEqualTo("'=HYPERLINK(\"http://example.invalid\") " + token);
        assertThat(oldest.get(0)).isEqualTo(awkward.path("caseNumber").asText());
        assertThat(oldest.get(1)).isEqualTo(awkward.path("receiptNumber").asText());
        assertThat(oldest.get(2)).as("codes on the API").isEqualTo("RECEIVED");
        assertThat(oldest.get(6)).isEqualTo("9010401012345");
        assertThat(oldest.get(9)).as("Japanese, comma, quotes and line break round trip").isEqualTo(AWKWARD + " " + token);
        assertThat(Instant.parse(oldest.get(10))).as("UTC instants on the API").isBeforeOrEqualTo(clock.instant());

        List<AuditEntry> exports = AuditLog.since(trail, mark).stream().filter(e -> e.action().equals("CASES_EXPORTED")).toList();
        assertThat(exports).hasSize(1);
        assertThat(exports.get(0).actor()).isEqualTo("worker-1");
        assertThat(exports.get(0).detail()).isEqualTo("rows=2 q=" + token);
    }

    @Test
    void theScreenExportHasTheWholeResultInJapanTimeAndTheReadersLanguage() throws Exception {
        String token = token();
        int count = 50 + 2;
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            cases.add(file(companyA, "一括出力 " + i + " " + token, "概要", "AMBER").path("caseId").asText());
        }
        try {
            exportWholeResult(token, count);
        } finally {
            SearchFixtures.closeAll(ApiClient.on(port).as("worker-2"), cases);
        }
    }

    private void exportWholeResult(String token, int count) {
        ScreenSession staff = ScreenSession.signIn(port, "oversight-1");
        assertThat(staff.get("/cases?q=" + q(token)).body()).as("the screen shows one page").contains("cursor=");
        long mark = AuditLog.mark(trail);

        HttpResponse<String> export = staff.get("/cases/export.csv?q=" + q(token));

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body()).startsWith("\uFEFF");
        List<List<String>> rows = parse(export.body().substring(1));
        assertThat(rows).hasSize(count + 1);
        assertThat(rows.get(1).get(2)).as("status in Japanese").isEqualTo("受付");
        assertThat(rows.get(1).get(7)).as("sector name").isEqualTo("電気");
        assertThat(rows.get(1).get(10)).as("Japan time").matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        String nowInJapan = DateTimeFormatter.ofPattern("uuuu-MM-dd").withZone(SearchParameters.JAPAN).format(clock.instant());
        assertThat(rows.get(1).get(10)).startsWith(nowInJapan);
        assertThat(rows.stream().skip(1).map(r -> r.get(9)).distinct()).hasSize(count);
        assertThat(AuditLog.since(trail, mark)).filteredOn(e -> e.action().equals("CASES_EXPORTED"))
                .singleElement().satisfies(e -> assertThat(e.detail()).isEqualTo("rows=" + count + " q=" + token));

        assertThat(staff.get("/cases?lang=en").statusCode()).isEqualTo(200);
        List<List<String>> english = parse(staff.get("/cases/export.csv?q=" + q(token)).body().substring(1));
        assertThat(english.get(0)).startsWith("Case number", "Receipt numbers", "Status");
        assertThat(english.get(1).get(2)).isEqualTo("Received");
    }

    @Test
    void aBadFilterExportsNothing() throws Exception {
        long mark = AuditLog.mark(trail);
        HttpResponse<String> screen = ScreenSession.signIn(port, "worker-2").get("/cases/export.csv?receivedFrom=yesterday");

        assertThat(screen.statusCode()).as("back to the form, which shows why").isEqualTo(302);
        assertThat(screen.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/cases?receivedFrom=yesterday"));
        assertThat(get("/api/v1/cases/export.csv?tlp=BLUE", "worker-2", null).statusCode()).isEqualTo(400);
        assertThat(AuditLog.since(trail, mark)).noneMatch(e -> e.action().equals("CASES_EXPORTED"));
    }

    /** Raw bytes, as a spreadsheet would read the file. */
    private HttpResponse<byte[]> get(String path, String username, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8)));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** An RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks; rows end with CRLF. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(row).as("the last row ends with CRLF").isEmpty();
        assertThat(field).isEmpty();
        return rows;
    }
}
