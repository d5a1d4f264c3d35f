package org.tsuho.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tsuho.support.ScreenSession;
import org.tsuho.support.TsuhoIntegrationTest;

/** Saved searches on the search screen: save, list, run, replace, delete — each person only their own. */
@TsuhoIntegrationTest
class SavedSearchIntegrationTests {

    private static final Pattern SAVED = Pattern.compile("href=\"/cases/searches/([0-9a-f-]{36})\">([^<]*)</a>");

    @LocalServerPort
    int port;

    @Test
    void aPersonSavesRunsReplacesAndDeletesTheirSearch() {
        ScreenSession worker = ScreenSession.signIn(port, "worker-1");
        String name = "ランサムウェア " + SearchFixtures.token();

        HttpResponse<String> saved = worker.post("/cases/searches", search(name, "暗号化", "AWAITING_INFORMATION", "2026-11-01"));

        assertThat(saved.statusCode()).isEqualTo(302);
        String id = savedId(worker.get("/cases").body(), name);
        HttpResponse<String> run = worker.get("/cases/searches/" + id);
        assertThat(run.statusCode()).isEqualTo(302);
        assertThat(run.headers().firstValue("Location").orElseThrow())
                .endsWith("/cases?status=AWAITING_INFORMATION&receivedFrom=2026-11-01&q=%E6%9A%97%E5%8F%B7%E5%8C%96");
        HttpResponse<String> page = worker.get("/cases?status=AWAITING_INFORMATION&receivedFrom=2026-11-01&q=%E6%9A%97%E5%8F%B7%E5%8C%96");
        assertThat(page.body()).contains("value=\"暗号化\"").contains("value=\"2026-11-01\"");

        worker.post("/cases/searches", search(name, "漏洩", "", ""));
        assertThat(worker.get("/cases/searches/" + savedId(worker.get("/cases").body(), name)).headers().firstValue("Location").orElseThrow())
                .as("the same name replaces the search").endsWith("/cases?q=%E6%BC%8F%E6%B4%A9");
        assertThat(count(worker.get("/cases").body(), name)).isEqualTo(1);

        HttpResponse<String> deleted = worker.post("/cases/searches/" + id + "/delete", Map.of());
        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(count(worker.get("/cases").body(), name)).isZero();
        assertThat(worker.get("/cases/searches/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void anotherPersonsSearchDoesNotExistForMe() {
        ScreenSession owner = ScreenSession.signIn(port, "supervisor-1");
        ScreenSession other = ScreenSession.signIn(port, "worker-2");
        String name = "監視対象 " + SearchFixtures.token();
        owner.post("/cases/searches", search(name, "停止", "", ""));
        String id = savedId(owner.get("/cases").body(), name);

        assertThat(count(other.get("/cases").body(), name)).isZero();
        assertThat(other.get("/cases/searches/" + id).statusCode()).isEqualTo(404);
        assertThat(other.post("/cases/searches/" + id + "/delete", Map.of()).statusCode()).isEqualTo(404);
        assertThat(owner.get("/cases/searches/" + id).statusCode()).as("still the owner's").isEqualTo(302);
        assertThat(ScreenSession.signIn(port, "company-a").get("/cases/searches/" + id).statusCode()).isEqualTo(403);
    }

    @Test
    void aNamelessOrInvalidSearchIsNotSaved() {
        ScreenSession worker = ScreenSession.signIn(port, "worker-2");
        String token = SearchFixtures.token();

        HttpResponse<String> nameless = worker.post("/cases/searches", search(" ", token, "", ""));
        assertThat(nameless.statusCode()).isEqualTo(200);
        assertThat(nameless.body()).contains("入力してください");

        HttpResponse<String> badDate = worker.post("/cases/searches", search("日付誤り " + token, token, "", "2026-02-30"));
        assertThat(badDate.statusCode()).isEqualTo(200);
        assertThat(badDate.body()).contains("日付を YYYY-MM-DD の形式で入力してください");
        assertThat(count(worker.get("/cases").body(), "日付誤り " + token)).isZero();
    }

    private static Map<String, String> search(String name, String q, String status, String receivedFrom) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("q", q);
        form.put("status", status);
        form.put("receivedFrom", receivedFrom);
        form.put("sector", "");
        return form;
    }

    private static String savedId(String page, String name) {
        Matcher saved = SAVED.matcher(page);
        while (saved.find()) {
            if (saved.group(2).equals(name)) {
                return saved.group(1);
            }
        }
        throw new AssertionError("no saved search " + name);
    }

    private static long count(String page, String name) {
        return SAVED.matcher(page).results().filter(m -> m.group(2).equals(name)).count();
    }
}
