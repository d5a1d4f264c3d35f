package org.tsuho.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tsuho.support.RegistryFixtures.newCorporateNumber;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tsuho.identity.Actor;
import org.tsuho.identity.Role;
import org.tsuho.identity.persistence.Accounts;
import org.tsuho.intake.Intake;
import org.tsuho.intake.ReportSubmission;
import org.tsuho.intake.ReportView;
import org.tsuho.notification.CriticalComputers;
import org.tsuho.enforcement.ProceedingViews;
import org.tsuho.support.TsuhoIntegrationTest;

/**
 * The registry's screens, the notification review page and the case page's missing-notification flag, rendered for
 * the roles that may see them.
 */
@TsuhoIntegrationTest
class RegistryScreenIntegrationTests {

    private static final String TOWA = "9010401012345";

    @Autowired
    WebApplicationContext context;
    @Autowired
    Accounts accounts;
    @Autowired
    Registry registry;
    @Autowired
    Intake intake;
    @Autowired
    CriticalComputers computers;
    @Autowired
    ProceedingViews proceedings;

    MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void staffSeeTheListAndOnlyAdministratorsTheirTools() throws Exception {
        mvc.perform(get("/registry").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("東和電力株式会社")))
                .andExpect(content().string(Matchers.containsString("/registry/import")));
        mvc.perform(get("/registry").param("sector", "FINANCE").param("lang", "en").with(as("worker-1")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Kitahama Bank")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Towa Electric"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/registry/import"))));
        mvc.perform(get("/registry").with(as("company-a"))).andExpect(status().isForbidden());
        mvc.perform(get("/registry/new").with(as("worker-1"))).andExpect(status().isForbidden());
        mvc.perform(get("/registry/import").with(as("worker-1"))).andExpect(status().isForbidden());
        mvc.perform(post("/registry/" + TOWA + "/edit").with(as("worker-1")).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void theDetailIsTheOperatorsComplianceRecord() throws Exception {
        ReportView notification = notify("Yokogawa CENTUM VP", "分散制御システム-" + System.nanoTime());
        mvc.perform(get("/registry/" + TOWA).with(as("oversight-1")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("経済産業省")))
                .andExpect(content().string(Matchers.containsString(notification.receiptNumber())))
                .andExpect(content().string(Matchers.containsString("Yokogawa CENTUM VP")));
    }

    @Test
    void administratorsAddAndEditOperatorsOnScreen() throws Exception {
        String number = newCorporateNumber();
        mvc.perform(get("/registry/new").with(as("admin"))).andExpect(status().isOk());

        mvc.perform(post("/registry/new").with(as("admin")).with(csrf())
                        .param("corporateNumber", "1234567890123").param("nameJa", "").param("sector", "WATER")
                        .param("contacts[0].name", "担当").param("contacts[0].email", "bad"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("検査用数字")))
                .andExpect(content().string(Matchers.containsString("正しいメールアドレス")));

        mvc.perform(post("/registry/new").with(as("admin")).with(csrf())
                        .param("corporateNumber", number).param("nameJa", "画面登録試験株式会社").param("sector", "AIRPORTS")
                        .param("status", "DESIGNATED").param("designatedOn", "2026-04-01")
                        .param("contacts[0].name", "空港 太郎").param("contacts[0].email", "kuko@airport.example")
                        .param("contacts[1].name", "").param("contacts[1].email", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/registry/" + number));
        RegistryEntry created = registry.get(number);
        assertThat(created.contacts()).extracting(ReportingContact::email).containsExactly("kuko@airport.example");
        assertThat(created.ministry()).isEqualTo("国土交通省");

        mvc.perform(get("/registry/" + number + "/edit").with(as("admin")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("kuko@airport.example")));
        mvc.perform(post("/registry/" + number + "/edit").with(as("admin")).with(csrf())
                        .param("nameJa", "画面登録試験株式会社").param("sector", "AIRPORTS").param("status", "WITHDRAWN"))
                .andExpect(status().is3xxRedirection());
        assertThat(registry.get(number).status()).isEqualTo(OperatorStatus.WITHDRAWN);
        assertThat(registry.changes(number)).first().satisfies(c -> assertThat(c.source()).isEqualTo(RegistryChanges.Source.SCREEN));
    }

    @Test
    void theImportPreviewsThenImportsExactlyThePreviewedFile() throws Exception {
        String number = newCorporateNumber();
        MockHttpSession session = new MockHttpSession();
        MockMultipartFile bad = csv("法人番号,名称,事業分野\n" + number + ",画面取込試験株式会社,鉄道\n1234567890123,誤り,鉄道\n");
        mvc.perform(multipart("/registry/import").file(bad).session(session).with(as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("検査用数字")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/registry/import/apply"))));

        MvcResult preview = mvc.perform(multipart("/registry/import").file(csv("法人番号,名称,事業分野\n" + number + ",画面取込試験株式会社,鉄道\n"))
                        .session(session).with(as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/registry/import/apply")))
                .andReturn();
        assertThat(registry.search(null, null, number, null, 10)).as("the preview imports nothing").isEmpty();
        String digest = preview.getResponse().getContentAsString().replaceAll("(?s).*name=\"digest\" value=\"([0-9a-f]+)\".*", "$1");

        mvc.perform(post("/registry/import/apply").param("digest", "0".repeat(64)).session(session).with(as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/registry/import"));
        mvc.perform(post("/registry/import/apply").param("digest", digest).session(session).with(as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/registry"));
        assertThat(registry.get(number).sector()).isEqualTo("RAILWAYS");

        mvc.perform(multipart("/registry/import").file(csv("法人番号,名称,事業分野,指定日\n" + number + ",画面取込試験株式会社,鉄道,2026/6/1\n"))
                        .session(session).with(as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("変更される項目: 指定日")));
    }

    @Test
    void aCaseWorkerReviewsANotificationOnItsPage() throws Exception {
        String system = "信号制御装置-" + System.nanoTime();
        ReportView notification = notify("Kyosan K5BMC", system);
        String page = "/notifications/" + notification.caseId();

        mvc.perform(get(page).with(as("supervisor-1"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Kyosan K5BMC")));
        mvc.perform(get(page).with(as("company-a"))).andExpect(status().isForbidden());
        mvc.perform(post(page + "/claim").with(as("supervisor-1")).with(csrf())).andExpect(status().isForbidden());

        mvc.perform(post(page + "/claim").with(as("worker-2")).with(csrf())).andExpect(redirectedUrl(page));
        mvc.perform(get(page).with(as("worker-2"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(page + "/review")));
        mvc.perform(post(page + "/review").with(as("worker-2")).with(csrf()).param("decision", "REQUEST_INFORMATION"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("入力してください")));
        mvc.perform(post(page + "/review").with(as("worker-2")).with(csrf()).param("decision", "ACCEPT").param("rationale", "確認済み"))
                .andExpect(redirectedUrl(page));

        assertThat(computers.ofCompany(TOWA)).filteredOn(c -> c.name().equals(system)).singleElement()
                .satisfies(c -> assertThat(c.current().acceptedBy()).isEqualTo("worker-2"));
        mvc.perform(get(page).param("lang", "en").with(as("worker-2"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Accepted")));
    }

    @Test
    void aCaseWorkerOpensTheMissingNotificationProceedingFromTheCasePage() throws Exception {
        String system = "未届出ゲートウェイ-" + System.nanoTime();
        Actor company = new Actor("company-a", "東和電力 報告担当", Set.of(Role.COMPANY), TOWA);
        ReportView flash = intake.submit(company, new ReportSubmission("INCIDENT", "FLASH", null, "DDOS", "DDoS " + system, "停止",
                OffsetDateTime.now(ZoneId.of("Asia/Tokyo")).minusHours(1).toString(), null, null, List.of(system), List.of(), null, false,
                new ReportSubmission.ContactInput("佐藤 花子", "sato@towa.example", null)), null, null).report();
        String page = "/cases/" + flash.caseId();

        mvc.perform(get(page).with(as("worker-1"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(system)))
                .andExpect(content().string(Matchers.containsString(page + "/missing-notification-proceeding")));
        mvc.perform(post(page + "/missing-notification-proceeding").with(as("supervisor-1")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(page + "/missing-notification-proceeding").with(as("worker-1")).with(csrf()))
                .andExpect(redirectedUrl(page));

        assertThat(proceedings.ofCase(flash.caseId())).singleElement().satisfies(p -> assertThat(p.failures()).isEqualTo(1));
        mvc.perform(get(page).with(as("worker-1"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString(page + "/missing-notification-proceeding"))));
    }

    private ReportView notify(String product, String system) {
        Actor company = new Actor("company-a", "東和電力 報告担当", Set.of(Role.COMPANY), TOWA);
        return intake.submit(company, new ReportSubmission("ASSET_NOTIFICATION", null, null, null, product, "導入", null, null,
                LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(3).toString(), List.of(system), List.of(), null, false,
                new ReportSubmission.ContactInput("佐藤 花子", "sato@towa.example", null)), null, null).report();
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private static MockMultipartFile csv(String text) {
        return new MockMultipartFile("file", "designations.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }
}
