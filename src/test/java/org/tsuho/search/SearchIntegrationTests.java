package org.tsuho.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsuho.search.SearchFixtures.file;
import static org.tsuho.search.SearchFixtures.ids;
import static org.tsuho.search.SearchFixtures.token;
import static org.tsuho.support.ApiAssertions.assertInvalidFields;
import static org.tsuho.support.ApiAssertions.assertProblem;
import static org.tsuho.support.ApiClient.q;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsuho.support.ApiClient;
import org.tsuho.support.ScreenSession;
import org.tsuho.support.TsuhoIntegrationTest;

/**
 * {@code GET /api/v1/cases} and the search screen: every filter alone and combined, Japanese words inside sentences
 * (through the bigram index), keyset pages, and bad input as 400 problems or field messages.
 */
@TsuhoIntegrationTest
class SearchIntegrationTests {

    private static final String KITAHAMA_BANK = "9120001098765";

    @LocalServerPort
    int port;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    private ApiClient companyA;
    private ApiClient companyB;
    private ApiClient worker;

    @BeforeEach
    void clients() {
        ApiClient api = ApiClient.on(port);
        companyA = api.as("company-a");
        companyB = api.as("company-b");
        worker = api.as("worker-1");
    }

    @Test
    void aJapaneseWordIsFoundInsideASentence() {
        String token = token();
        String encrypted = file(companyA, "請求サーバーのファイルが暗号化された", "経理部の共有フォルダ " + token, "AMBER").path("caseId").asText();
        String intrusion = file(companyA, "社内メールへの不正アクセス", "ＶＰＮ装置経由 " + token, "AMBER").path("caseId").asText();

        assertThat(search("q=" + q("暗号化 " + token))).containsExactly(encrypted);
        assertThat(search("q=" + q("不正" + "\u3000" + token))).as("a two-character word, ideographic space").containsExactly(intrusion);
        assertThat(search("q=" + q("化 " + token))).as("a single character").containsExactly(encrypted);
        assertThat(search("q=" + q("vpn " + token))).as("full-width letters folded").containsExactly(intrusion);
        assertThat(search("q=" + q(token))).containsExactly(intrusion, encrypted);
        assertThat(search("q=" + q("漏洩 " + token))).as("a word in neither report").isEmpty();
        assertThat(search("q=" + q("暗号 不正 " + token))).as("every word must occur").isEmpty();
        assertThat(search("q=" + q("号暗 " + token))).as("the characters in another order").isEmpty();
    }

    @Test
    void eachFilterNarrowsTheResult() {
        String token = token();
        JsonNode towa = file(companyA, "制御系ネットワークへの侵入 " + token, "概要", "AMBER");
        JsonNode kitahama = file(companyB, "インターネットバンキングへの攻撃 " + token, "概要", "GREEN");
        String towaCase = towa.path("caseId").asText();
        String kitahamaCase = kitahama.path("caseId").asText();
        SearchFixtures.triage(worker, towaCase, 4, "REQUEST_INFORMATION");
        String mine = "q=" + q(token);

        assertThat(search(mine)).containsExactly(kitahamaCase, towaCase);
        assertThat(search(mine + "&sector=FINANCE")).containsExactly(kitahamaCase);
        assertThat(search(mine + "&sector=ELECTRICITY")).containsExactly(towaCase);
        assertThat(search(mine + "&company=" + KITAHAMA_BANK)).containsExactly(kitahamaCase);
        assertThat(search(mine + "&company=" + q("東和"))).as("part of the name").containsExactly(towaCase);
        assertThat(search(mine + "&company=" + q("kitahama"))).as("the English name").containsExactly(kitahamaCase);
        assertThat(search(mine + "&status=AWAITING_INFORMATION")).containsExactly(towaCase);
        assertThat(search(mine + "&status=received")).containsExactly(kitahamaCase);
        assertThat(search(mine + "&severity=4")).containsExactly(towaCase);
        assertThat(search(mine + "&severity=3")).isEmpty();
        assertThat(search(mine + "&tlp=GREEN")).containsExactly(kitahamaCase);
        assertThat(search(mine + "&tlp=" + q("AMBER+STRICT"))).isEmpty();
        assertThat(search("number=" + towa.path("caseNumber").asText())).containsExactly(towaCase);
        assertThat(search("number=" + kitahama.path("receiptNumber").asText().toLowerCase())).containsExactly(kitahamaCase);
        assertThat(search("q=" + kitahama.path("receiptNumber").asText())).as("a number as a word").containsExactly(kitahamaCase);

        Instant now = clock.instant();
        String hourAgo = q(now.minus(Duration.ofHours(1)).toString());
        String hourAhead = q(now.plus(Duration.ofHours(1)).atOffset(java.time.ZoneOffset.ofHours(9)).toString());
        assertThat(search(mine + "&receivedFrom=" + hourAgo + "&receivedTo=" + hourAhead)).containsExactly(kitahamaCase, towaCase);
        assertThat(search(mine + "&receivedTo=" + hourAgo)).isEmpty();
        assertThat(search(mine + "&receivedFrom=" + hourAhead)).isEmpty();

        assertThat(search(mine + "&sector=ELECTRICITY&status=AWAITING_INFORMATION&severity=4&tlp=AMBER&company=" + q("東和")
                + "&receivedFrom=" + hourAgo)).as("all filters at once").containsExactly(towaCase);
        assertThat(search(mine + "&sector=FINANCE&status=AWAITING_INFORMATION")).isEmpty();
    }

    @Test
    void theListKeepsTheCaseFieldsAndAddsDueTimes() {
        String token = token();
        JsonNode filed = file(companyA, "基幹系の停止 " + token, "概要", "RED");

        JsonNode item = worker.get("/api/v1/cases?q=" + q(token)).json().path("items").get(0);

        assertThat(item.path("id").asText()).isEqualTo(filed.path("caseId").asText());
        assertThat(item.path("caseNumber").asText()).isEqualTo(filed.path("caseNumber").asText());
        assertThat(item.path("status").asText()).isEqualTo("RECEIVED");
        assertThat(item.path("companyId").asText()).isEqualTo("9010401012345");
        assertThat(item.path("sector").asText()).isEqualTo("ELECTRICITY");
        assertThat(item.path("tlp").asText()).isEqualTo("RED");
        assertThat(item.path("createdAt").asText()).endsWith("Z");
        assertThat(item.has("summary")).as("the case's fields stay at the top").isFalse();
        assertThat(item.path("receiptNumbers").get(0).asText()).isEqualTo(filed.path("receiptNumber").asText());
        assertThat(item.path("nextDueAt").asText()).as("the triage task's due time").endsWith("Z");
        assertThat(item.path("urgency").asText()).isIn("NONE", "DUE_SOON", "OVERDUE");
    }

    @Test
    void pagesFollowEachOtherWithoutRepeatsOrGaps() {
        String token = token();
        List<String> filed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            filed.add(0, file(companyA, "ページ送り " + i + " " + token, "概要", "AMBER").path("caseId").asText());
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            ApiClient.Response page = worker.get("/api/v1/cases?limit=2&q=" + q(token) + (cursor == null ? "" : "&cursor=" + cursor));
            seen.addAll(ids(page));
            cursor = page.text("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(pages).isEqualTo(3);
        assertThat(new HashSet<>(seen)).hasSize(seen.size());
        assertThat(seen).as("newest first, every case once").isEqualTo(filed);
    }

    @Test
    void badFiltersAreListedAsInvalidFields() {
        assertThat(assertInvalidFields(worker.get("/api/v1/cases?status=OPEN&sector=NOWHERE&severity=9&tlp=PURPLE"
                + "&receivedFrom=2026-11-01&number=X-1&company=" + q("a\u0000"))))
                .containsExactlyInAnyOrder("status", "sector", "severity", "tlp", "receivedFrom", "number", "company");
        assertThat(assertInvalidFields(worker.get("/api/v1/cases?receivedFrom=" + q("2026-11-02T00:00:00+09:00")
                + "&receivedTo=" + q("2026-11-01T00:00:00Z")))).containsExactly("receivedTo");
        assertThat(assertInvalidFields(worker.get("/api/v1/cases?receivedTo=" + q("+999999999-12-31T00:00:00Z")))).containsExactly("receivedTo");
        assertThat(assertInvalidFields(worker.get("/api/v1/cases?q=" + "あ".repeat(SearchParameters.MAX_QUERY + 1)))).containsExactly("q");
        assertThat(assertInvalidFields(worker.get("/api/v1/cases?q=" + q("a b c d e f g h i j k")))).containsExactly("q");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString("1764000000000|'; drop table cases; --".getBytes(StandardCharsets.UTF_8));
        assertThat(assertInvalidFields(worker.get("/api/v1/cases?cursor=" + forged))).containsExactly("cursor");
        assertThat(assertInvalidFields(worker.get("/api/v1/cases/export.csv?severity=x"))).containsExactly("severity");
        assertThat(search("q=" + q("'; select 1; -- %_\\ " + token()))).as("text is a parameter, never SQL").isEmpty();
    }

    @Test
    void companiesMayNotSearch() {
        assertProblem(companyA.get("/api/v1/cases?q=x"), 403);
        assertProblem(companyA.get("/api/v1/cases/export.csv"), 403);
        assertThat(ScreenSession.signIn(port, "company-a").get("/cases?q=x").statusCode()).isEqualTo(403);
    }

    @Test
    void theScreenSearchesByJapanDaysAndShowsFieldMessages() {
        String token = token();
        JsonNode filed = file(companyB, "ＡＴＭ網の障害 " + token, "概要", "AMBER");
        ScreenSession staff = ScreenSession.signIn(port, "supervisor-1");
        LocalDate today = LocalDate.ofInstant(clock.instant(), SearchParameters.JAPAN);

        HttpResponse<String> found = staff.get("/cases?q=" + q(token) + "&receivedFrom=" + today + "&receivedTo=" + today);
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains(filed.path("caseNumber").asText()).contains("ＡＴＭ網の障害");
        assertThat(staff.get("/cases?q=" + q(token) + "&receivedTo=" + today.minusDays(1)).body())
                .doesNotContain(filed.path("caseNumber").asText());

        HttpResponse<String> bad = staff.get("/cases?q=" + q(token) + "&receivedFrom=2026-13-45&status=BOGUS");
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("日付を YYYY-MM-DD の形式で入力してください").contains("次のいずれかを指定してください")
                .doesNotContain(filed.path("caseNumber").asText());
        HttpResponse<String> forged = staff.get("/cases?cursor=bm90LWEtY3Vyc29y");
        assertThat(forged.statusCode()).isEqualTo(200);
        assertThat(forged.body()).contains("カーソルが正しくありません");
    }

    /** The free-text part is served by the bigram index (sequential scans off: the test tables are small). */
    @Test
    void theFreeTextPartUsesTheIndex() {
        CaseFilter filter = new SearchParameters(null, null, null, null, null, null, null, null, "暗号化")
                .toFilter(SearchParameters.Dates.INSTANTS, List.of());
        CaseQuery query = CaseQuery.of(filter);
        String sql = query.page(null, 10);

        List<String> plan = transactions.execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            return jdbc.sql("explain " + sql).params(query.params()).query(String.class).list();
        });

        assertThat(String.join("\n", plan)).contains("reports_search_grams");
    }

    /**
     * What the index holds for a document: every character and adjacent pair after NFKC folding and lower-casing,
     * none across white space of any kind (ideographic space folds to a space), sorted and without repeats.
     */
    @Test
    void theIndexedGrams_foldWidthAndCase_andNeverSpanWhiteSpace() {
        String document = " \u3000ＡＢ ｶﾅ\tx\r\nAb\u000Bc\fab ";
        List<String> grams = jdbc.sql("select unnest(search_grams(?))").param(document).query(String.class).list();
        assertThat(grams).containsExactly("a", "ab", "b", "c", "x", "カ", "カナ", "ナ");
        assertThat(jdbc.sql("select cardinality(search_grams(''))").query(Integer.class).single()).isZero();
    }

    private List<String> search(String query) {
        return ids(worker.get("/api/v1/cases?limit=200&" + query));
    }
}
