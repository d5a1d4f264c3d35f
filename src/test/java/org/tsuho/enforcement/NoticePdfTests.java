package org.tsuho.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.ITemplateEngine;
import org.tsuho.deadline.Rulebook;
import org.tsuho.identity.Actor;
import org.tsuho.identity.Role;
import org.tsuho.intake.Intake;
import org.tsuho.intake.ReportSubmission;
import org.tsuho.intake.ReportView;
import org.tsuho.support.TsuhoIntegrationTest;
import org.tsuho.tasks.Tasks;

/**
 * Notices printed to PDF keep their text: extracting it from the generated document gives back the same Japanese
 * characters (company, disposition, 教示), because the Japanese font is embedded with its character map.
 */
@TsuhoIntegrationTest
class NoticePdfTests {

    /** The notices this test prints, for people to look at. */
    private static final Path OUTPUT = Path.of("target", "notices");
    private static final Instant START = Instant.parse("2026-11-25T01:00:00Z");
    private static final String TOWA_ELECTRIC = "9010401012345";

    @Autowired
    private Intake intake;
    @Autowired
    private Tasks tasks;
    @Autowired
    private ProceedingViews proceedings;
    @Autowired
    private NoticeViews notices;
    @Autowired
    private Rulebook rulebook;
    @Autowired
    private EnforcementSettings settings;
    @Autowired
    private ITemplateEngine templates;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TaskService taskService;
    @Autowired
    private ManagementService management;

    private final Actor company = new Actor("company-a", "東和電力 報告担当", Set.of(Role.COMPANY), TOWA_ELECTRIC);
    private final Actor worker = new Actor("worker-1", "分析官 1", Set.of(Role.CASE_WORKER), null);
    private final Actor supervisor = new Actor("supervisor-1", "責任者 1", Set.of(Role.SUPERVISOR), null);

    @BeforeEach
    void setUp() {
        ClockUtil.setCurrentTime(Date.from(START));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theNoticesOfAnOrderKeepTheirJapaneseTextInThePdf() throws IOException {
        ProceedingView proceeding = orderedProceeding();
        NoticeView intended = proceeding.notices().get(0);
        NoticeView penalty = proceeding.notices().get(1);

        NoticeViews.Pdf intendedPdf = notices.pdf(company, intended.id());
        String intendedText = extract(intendedPdf.content());
        assertThat(intendedPdf.fileName()).isEqualTo(intended.number() + ".pdf");
        assertThat(intendedText).contains(intended.number(), "東和電力株式会社", "御中", settings.authority(), "弁明の機会の付与について（通知）",
                "予定される不利益処分の内容", "根拠となる法令の条項", "不利益処分の原因となる事実", "弁明書の提出先及び提出期限",
                "令和8年12月26日", squeeze("サイバー対処能力強化法第6条の規定に基づき、期限を定めて"));

        byte[] penaltyPdf = notices.pdf(company, penalty.id()).content();
        Files.createDirectories(OUTPUT);
        Files.write(OUTPUT.resolve("intended-disposition.pdf"), intendedPdf.content());
        Files.write(OUTPUT.resolve("order.pdf"), penaltyPdf);
        String penaltyText = extract(penaltyPdf);
        assertThat(penaltyText).contains(penalty.number(), "東和電力株式会社", "処分通知書（命令）", "処分の内容", "処分の理由",
                "詳報が提出されていない。", "教示", intended.number(),
                squeeze(MessageFormat.format(rulebook.settings().penalty().appealInstructions(), settings.authority())));
        NoticeDocument document = penalty.document();
        assertThat(penaltyText).as("the whole notice, in reading order").isEqualTo(squeeze(document.number() + document.date()
                + document.addressee() + document.authority() + document.title() + document.preamble() + "記"
                + document.sections().stream().map(section -> section.heading() + section.body()).reduce("", String::concat) + "以上"));
    }

    @Test
    void theJapaneseFontIsEmbedded() throws IOException {
        NoticeView intended = orderedProceeding().notices().get(0);

        try (PDDocument pdf = Loader.loadPDF(notices.pdf(worker, intended.id()).content())) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
                assertThat(font.getName()).contains("IPAexGothic");
            });
            assertThat(pdf.getDocumentInformation().getTitle()).contains(intended.number());
        }
    }

    @Test
    void aMissingFontIsNamedClearly() {
        NoticePdfs withoutFont = new NoticePdfs(templates,
                new NoticeFont(new EnforcementSettings("内閣総理大臣", "窓口", Path.of("target", "no-such-font.ttf"))));
        NoticeDocument document = new NoticeDocument("N-2026-999999", "令和8年11月25日", "東和電力株式会社 御中", "内閣総理大臣", "題名",
                "前文", List.of(new NoticeDocument.Section("1 内容", "本文")));

        assertThatThrownBy(() -> withoutFont.render(document))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-font.ttf")
                .hasMessageContaining("fonts-ipaexfont")
                .hasMessageContaining("tsuho.enforcement.pdf-font");
    }

    /** A missing detailed report, then an order: both notices served. */
    private ProceedingView orderedProceeding() {
        ReportView flash = intake.submit(company, new ReportSubmission("INCIDENT", "FLASH", null, "RANSOMWARE",
                "給電制御系の侵害 " + UUID.randomUUID(), "制御系サーバが暗号化された。", START.minus(Duration.ofHours(1)).toString(),
                null, null, List.of(), List.of(), "AMBER", false, new ReportSubmission.ContactInput("山田 太郎", "soc@towa-electric.example", null)),
                null, null).report();
        ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofDays(31))));
        String incident = runtime.createProcessInstanceQuery().processDefinitionKey("incident-report")
                .processInstanceBusinessKey(flash.caseNumber()).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(incident).activityId("Timer_DetailedReportDue")
                .singleResult().getId());
        management.executeJob(management.createJobQuery().processInstanceId(incident).activityId("Activity_RecordMissingReport")
                .singleResult().getId());
        ProceedingView proceeding = proceedings.get(proceedings.ofCase(flash.caseId()).get(0).id());
        String process = runtime.createProcessInstanceQuery().processDefinitionKey("penalty-proceeding")
                .processInstanceBusinessKey(proceeding.number()).singleResult().getId();
        take(worker, process, "Task_PrepareNotice", new NoticePreparation("ORDER", "詳報の提出期限までに詳報の提出がなかった。",
                "サイバー対処能力強化法 第5条第1項、第6条", 10, null));
        take(supervisor, process, "Task_ApproveNotice", new NoticeApproval(true, "承認する。"));
        ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofDays(45))));
        management.executeJob(management.createJobQuery().processInstanceId(process).timers().singleResult().getId());
        take(supervisor, process, "Task_DecideDisposition", new DispositionDecision("ORDER", "詳報が提出されていない。", 14, null));
        ClockUtil.setCurrentTime(Date.from(START));
        return proceedings.get(proceeding.id());
    }

    private void take(Actor actor, String process, String taskKey, Object body) {
        String id = taskService.createTaskQuery().processInstanceId(process).taskDefinitionKey(taskKey).singleResult().getId();
        tasks.claim(actor, id);
        tasks.complete(actor, id, body);
    }

    /** The text of every page, without the line breaks and spaces that layout adds. */
    private static String extract(byte[] content) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            return squeeze(new PDFTextStripper().getText(pdf));
        }
    }

    private static String squeeze(String text) {
        return text.replaceAll("[\\s\\p{Z}]+", "");
    }
}
