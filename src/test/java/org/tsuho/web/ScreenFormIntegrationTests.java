package org.tsuho.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tsuho.identity.Actor;
import org.tsuho.identity.Role;
import org.tsuho.intake.Intake;
import org.tsuho.intake.ReportSubmission;
import org.tsuho.intake.ReportView;
import org.tsuho.support.ScreenSession;
import org.tsuho.support.TsuhoIntegrationTest;
import org.tsuho.tasks.Tasks;
import org.tsuho.triage.TriageDecision;

/**
 * The screens' forms over plain HTTP, for what a browser never sends: tampered rows and values, a form sent twice,
 * a decision on a task one does not hold. Bad input is an error message or page, never a failure.
 */
@TsuhoIntegrationTest
class ScreenFormIntegrationTests {

    private static final Actor COMPANY_A = new Actor("company-a", "company-a", Set.of(Role.COMPANY), "9010401012345");
    private static final Actor WORKER_2 = new Actor("worker-2", "worker-2", Set.of(Role.CASE_WORKER), null);

    @LocalServerPort
    int port;
    @Autowired
    Clock clock;
    @Autowired
    Intake intake;
    @Autowired
    Tasks tasks;

    @Test
    void indicatorRowsAreReadByTheirNumbersAndTamperedOnesAreNamedNotFatal() throws Exception {
        ScreenSession company = signIn("company-a");
        Map<String, String> form = validReport("改ざんされた行番号");
        form.put("indicators[300].type", "ipv4-addr");
        form.put("indicators[300].value", "203.0.113.999");
        form.put("indicators[7].type", "domain-name");
        form.put("indicators[7].value", "c2.attacker.example");
        form.put("indicators[x].type", "ipv4-addr");
        form.put("indicators[99999999].type", "url");

        HttpResponse<String> page = company.post("/company/reports", form);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("IoC の値 (2 行目)").contains("ipv4-addr として正しくない値です")
                .contains("value=\"c2.attacker.example\"").contains("name=\"indicators[2].type\"");
    }

    @Test
    void theSameFormSentTwiceFilesOneReport() throws Exception {
        ScreenSession company = signIn("company-a");
        Map<String, String> form = validReport("二度送信されたフォーム");
        form.put("submissionKey", UUID.randomUUID().toString());

        HttpResponse<String> first = company.post("/company/reports", form);
        HttpResponse<String> second = company.post("/company/reports", form);

        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(first.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/company/reports/"));
    }

    @Test
    void badValuesOutsideFormsAreErrorPages() throws Exception {
        ScreenSession company = signIn("company-a");
        assertThat(company.get("/company/reports?cursor=not-a-cursor")).satisfies(page -> {
            assertThat(page.statusCode()).isEqualTo(400);
            assertThat(ScreenSession.heading(page)).isEqualTo("リクエストが正しくありません");
        });
        assertThat(company.get("/company/reports/not-a-report")).satisfies(page -> {
            assertThat(page.statusCode()).isEqualTo(404);
            assertThat(ScreenSession.heading(page)).isEqualTo("見つかりません");
        });

        ScreenSession worker = signIn("worker-1");
        UUID caseId = fileDirectly("値の壊れたトリアージ");
        HttpResponse<String> triage = worker.post("/cases/" + caseId + "/triage", Map.of("emergency", "maybe"));
        assertThat(triage.statusCode()).isEqualTo(400);
        assertThat(ScreenSession.heading(triage)).isEqualTo("リクエストが正しくありません");
    }

    @Test
    void aDecisionOnATaskNotHeldSendsTheWorkerBackToTheCase() throws Exception {
        ScreenSession worker = signIn("worker-2");
        UUID caseId = fileDirectly("まだ誰も引き受けていない案件");

        HttpResponse<String> triage = worker.post("/cases/" + caseId + "/triage",
                Map.of("severity", "1", "category", "OTHER", "decision", "CLOSE", "rationale", "確認済み"));

        assertThat(triage.statusCode()).isEqualTo(302);
        assertThat(triage.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/cases/" + caseId));
        assertThat(worker.get("/cases/" + caseId).body()).contains("この案件のトリアージタスクを担当していません");
    }

    @Test
    void aCompanyAnswersARequestForInformationOnItsReportPage() throws Exception {
        ReportView report = report("照会の対象となる報告");
        String task = tasks.ofCase(report.caseId()).get(0).id();
        tasks.claim(WORKER_2, task);
        tasks.complete(WORKER_2, task, (Object) new TriageDecision(1, "OTHER", "REQUEST_INFORMATION", "詳細が不足",
                "暗号化されたファイルの種類を教えてください。", null));
        ScreenSession company = signIn("company-a");
        String page = "/company/reports/" + report.id();
        assertThat(company.get(page).body()).contains("暗号化されたファイルの種類を教えてください。").contains("回答待ち");
        String requestId = Pattern.compile("/requests/([0-9a-f-]{36})/answer").matcher(company.get(page).body()).results()
                .map(m -> m.group(1)).findFirst().orElseThrow();

        HttpResponse<String> blank = company.post(page + "/requests/" + requestId + "/answer", Map.of("answer", " "));
        assertThat(blank.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(page));
        assertThat(company.get(page).body()).contains("class=\"field-error\">入力してください");

        company.post(page + "/requests/" + requestId + "/answer", Map.of("answer", "業務系ファイルサーバの共有フォルダです。"));
        assertThat(company.get(page).body()).contains("回答を送信しました。").contains("業務系ファイルサーバの共有フォルダです。")
                .doesNotContain("name=\"answer\"");
        HttpResponse<String> again = company.post(page + "/requests/" + requestId + "/answer", Map.of("answer", "もう一度"));
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(company.get(page).body()).contains("この照会には既に回答済みです。");
    }

    @Test
    void eachRoleStartsOnItsOwnScreenAndStaffFindCases() throws Exception {
        UUID caseId = fileDirectly("一覧で探す案件");
        assertThat(signIn("company-b").get("/").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/company/reports"));
        assertThat(signIn("supervisor-1").get("/").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/inbox"));
        ScreenSession oversight = signIn("oversight-1");
        assertThat(oversight.get("/").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/cases"));

        HttpResponse<String> found = oversight.get("/cases?q=" + URLEncoder.encode("一覧で探す", StandardCharsets.UTF_8));
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("/cases/" + caseId).contains("一覧で探す案件");
        assertThat(oversight.get("/cases/" + caseId).body()).contains("一覧で探す案件").doesNotContain("/claim");
    }

    private Map<String, String> validReport(String title) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "INCIDENT");
        form.put("stage", "FLASH");
        form.put("category", "OTHER");
        form.put("title", title);
        form.put("summary", "概要");
        form.put("awareAt", LocalDateTime.ofInstant(clock.instant().minus(1, ChronoUnit.HOURS), JapanTime.ZONE)
                .format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm")));
        form.put("tlp", "AMBER");
        form.put("contactName", "山田 太郎");
        form.put("contactEmail", "soc@towa-electric.example");
        return form;
    }

    private UUID fileDirectly(String title) {
        return report(title).caseId();
    }

    private ReportView report(String title) {
        return intake.submit(COMPANY_A, new ReportSubmission("INCIDENT", "FLASH", null, "OTHER", title, "概要",
                clock.instant().minus(1, ChronoUnit.HOURS).toString(), null, null, List.of(), List.of(), "AMBER", false,
                new ReportSubmission.ContactInput("担当者", "soc@example.jp", null)), null, null).report();
    }

    private ScreenSession signIn(String username) {
        return ScreenSession.signIn(port, username);
    }
}
