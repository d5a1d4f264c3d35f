package org.tsuho.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsuho.enforcement.NoticeView;
import org.tsuho.enforcement.ProceedingViews;
import org.tsuho.identity.Actor;
import org.tsuho.identity.Role;
import org.tsuho.intake.Intake;
import org.tsuho.intake.ReportReceived;
import org.tsuho.intake.Reports;
import org.tsuho.intake.ReportSubmission;
import org.tsuho.intake.ReportView;
import org.tsuho.support.MailServer;
import org.tsuho.support.PenaltyTrack;
import org.tsuho.support.TsuhoIntegrationTest;
import org.tsuho.tasks.TaskAssigned;
import org.tsuho.tasks.TaskItem;
import org.tsuho.tasks.Tasks;
import org.tsuho.triage.TriageDecision;

/**
 * The mail outbox against a real SMTP server in the test JVM. The shared application context sends nothing by
 * itself in tests (no SMTP host, no schedule); each test drives an {@link OutboxSender} pointed at this class's
 * server, with a clock of its own so retries can fall due. Other test classes' mail waits in the same outbox and is
 * sent along; assertions look only at this test's own recipients and outbox rows.
 */
@TsuhoIntegrationTest
class MailOutboxIntegrationTests {

    private static final Actor WORKER_2 = new Actor("worker-2", "worker-2", Set.of(Role.CASE_WORKER), null);
    private static final MailServer SMTP = new MailServer();

    @Autowired
    Intake intake;
    @Autowired
    Reports reports;
    @Autowired
    Tasks tasks;
    @Autowired
    ProceedingViews proceedings;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService management;
    @Autowired
    MailOutbox outbox;
    @Autowired
    MailAttachments attachments;
    @Autowired
    MailSettings settings;
    @Autowired
    StaffMails staffMails;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher events;

    /** Later than any mail the suite enqueues, even with the engine clock moved ahead; each test moves on from it. */
    private static Instant senderTime = Instant.parse("2100-01-01T00:00:00Z");

    @BeforeAll
    static void startServer() {
        SMTP.start();
    }

    @AfterAll
    static void stopServer() {
        SMTP.stop();
    }

    /** Sends what earlier tests (of any class) left in the outbox, so failures provoked here retry only this test's mail. */
    @BeforeEach
    void serverUpAndOutboxDrained() {
        SMTP.stop();
        SMTP.start();
        sender(senderTime).sendDue();
        SMTP.stop();
        SMTP.start();
        senderTime = senderTime.plus(Duration.ofDays(1));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theReceiptAcknowledgementArrivesInJapaneseWithTheReceiptNumber() throws Exception {
        String contact = address();
        ReportView report = file(contact);

        sender(senderTime).sendDue();

        List<MimeMessage> received = SMTP.messagesTo(contact);
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(mail.getSubject()).isEqualTo("【通報】報告を受け付けました（受付番号 " + report.receiptNumber() + "）");
        assertThat(MailServer.text(mail)).contains("東和電力株式会社", "受付番号：" + report.receiptNumber(),
                "案件番号：" + report.caseNumber(), "インシデント報告（速報）", "日本時間");
        OutboxMail row = outbox.findByDedupKey("receipt:" + report.id() + ":" + contact).orElseThrow();
        assertThat(row.status()).isEqualTo(MailStatus.SENT);
        assertThat(row.locale()).isEqualTo("ja");
        assertThat(mail.getMessageID()).isEqualTo("<" + row.id() + "@tsuho.example>");
    }

    @Test
    void aServedNoticeIsMailedWithItsPdf() throws Exception {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-25T01:00:00Z")));
        PenaltyTrack track = new PenaltyTrack(intake, tasks, proceedings, runtime, taskService, management);
        NoticeView order = track.order(PenaltyTrack.SUPERVISOR_1, PenaltyTrack.SUPERVISOR_2);
        List<String> recipients = jdbc.sql("select recipient from mail_outbox where dedup_key like ?")
                .param("notice:" + order.id() + ":%").query(String.class).list();
        assertThat(recipients).isNotEmpty();

        sender(senderTime).sendDue();

        String recipient = recipients.get(0);
        OutboxMail row = outbox.findByDedupKey("notice:" + order.id() + ":" + recipient).orElseThrow();
        MimeMessage mail = SMTP.messagesTo(recipient).stream().filter(m -> messageId(m).equals("<" + row.id() + "@tsuho.example>"))
                .findFirst().orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("【通報】処分通知書の送付（" + order.number() + "）");
        assertThat(MailServer.text(mail)).contains(order.number(), "添付の PDF");
        List<Part> files = MailServer.attachments(mail);
        assertThat(files).hasSize(1);
        assertThat(files.get(0).getFileName()).isEqualTo(order.number() + ".pdf");
        assertThat(files.get(0).isMimeType("application/pdf")).isTrue();
        assertThat(new String(files.get(0).getInputStream().readNBytes(5))).isEqualTo("%PDF-");
    }

    @Test
    void aRolledBackBusinessTransactionLeavesNoMail() {
        String contact = address();
        UUID reportId = transactions.execute(status -> {
            ReportView report = intake.submit(PenaltyTrack.COMPANY_A, submission(contact), null, null).report();
            // written with the report, in its transaction...
            assertThat(mailsTo(contact)).isEqualTo(1);
            status.setRollbackOnly();
            return report.id();
        });

        // ...and gone with it
        assertThat(mailsTo(contact)).isZero();
        assertThat(outbox.findByDedupKey("receipt:" + reportId + ":" + contact)).isEmpty();
        sender(senderTime).sendDue();
        assertThat(SMTP.messagesTo(contact)).isEmpty();
    }

    @Test
    void aFailedSendIsRetriedLaterAndSentOnce() {
        String contact = address();
        ReportView report = file(contact);
        String key = "receipt:" + report.id() + ":" + contact;

        SMTP.stop();
        sender(senderTime).sendDue();

        OutboxMail failed = outbox.findByDedupKey(key).orElseThrow();
        assertThat(failed.status()).isEqualTo(MailStatus.PENDING);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isNotBlank();
        assertThat(failed.nextAttemptAt()).isEqualTo(senderTime.plus(settings.firstRetryAfter()));

        SMTP.start();
        sender(senderTime.plusSeconds(30)).sendDue();
        assertThat(outbox.findByDedupKey(key).orElseThrow().status()).as("not due yet").isEqualTo(MailStatus.PENDING);
        assertThat(SMTP.messagesTo(contact)).isEmpty();

        sender(senderTime.plus(settings.firstRetryAfter())).sendDue();
        OutboxMail sent = outbox.findByDedupKey(key).orElseThrow();
        assertThat(sent.status()).isEqualTo(MailStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.lastError()).isNull();
        assertThat(SMTP.messagesTo(contact)).hasSize(1);
    }

    @Test
    void aMailKeepsBeingRetriedWithLongerWaitsUntilItIsGivenUp() {
        String contact = address();
        ReportView report = file(contact);
        String key = "receipt:" + report.id() + ":" + contact;
        SMTP.stop();

        Instant at = senderTime;
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            sender(at).sendDue();
            OutboxMail mail = outbox.findByDedupKey(key).orElseThrow();
            assertThat(mail.attempts()).isEqualTo(attempt);
            if (attempt < settings.maxAttempts()) {
                assertThat(mail.status()).isEqualTo(MailStatus.PENDING);
                assertThat(Duration.between(at, mail.nextAttemptAt())).isEqualTo(settings.retryAfter(attempt));
                at = mail.nextAttemptAt();
            } else {
                assertThat(mail.status()).isEqualTo(MailStatus.FAILED);
            }
        }
        assertThat(outbox.withStatus(MailStatus.FAILED, 1000)).extracting(OutboxMail::dedupKey).contains(key);
        assertThat(settings.retryAfter(2)).isEqualTo(settings.firstRetryAfter().multipliedBy(2));
    }

    @Test
    void aSentMailIsNeverSentAgainByAFreshSender() {
        String contact = address();
        ReportView report = file(contact);
        sender(senderTime).sendDue();
        assertThat(SMTP.messagesTo(contact)).hasSize(1);

        // a new sender, as after a restart of the application, over the same table
        OutboxSender afterRestart = new OutboxSender(outbox, attachments, SMTP.sender(), settings, fixed(senderTime.plus(Duration.ofDays(1))));
        afterRestart.sendDue();

        assertThat(SMTP.messagesTo(contact)).hasSize(1);
        assertThat(outbox.findByDedupKey("receipt:" + report.id() + ":" + contact).orElseThrow().attempts()).isEqualTo(1);
    }

    @Test
    void aMailClaimedByASenderThatDiedIsSentAgainWithTheSameMessageId() {
        String contact = address();
        ReportView report = file(contact);
        String key = "receipt:" + report.id() + ":" + contact;
        sender(senderTime).sendDue();
        MimeMessage first = SMTP.messagesTo(contact).get(0);
        // put the mail back as a sender would leave it that died after the server took it but before it was marked
        jdbc.sql("update mail_outbox set status = 'SENDING', locked_until = ? where dedup_key = ?")
                .params(java.sql.Timestamp.from(senderTime.plus(settings.lease())), key).update();

        sender(senderTime.plus(settings.lease()).minusSeconds(1)).sendDue();
        assertThat(SMTP.messagesTo(contact)).as("the lease still holds").hasSize(1);

        sender(senderTime.plus(settings.lease())).sendDue();
        List<MimeMessage> received = SMTP.messagesTo(contact);
        assertThat(received).hasSize(2);
        assertThat(messageId(received.get(1))).isEqualTo(messageId(first));
        assertThat(outbox.findByDedupKey(key).orElseThrow().status()).isEqualTo(MailStatus.SENT);
    }

    @Test
    void theSameEventDeliveredAgainEnqueuesNoSecondMail() {
        String contact = address();
        ReportView report = file(contact);
        ReportReceived again = new ReportReceived(reports.find(report.id()).orElseThrow(), report.caseNumber(), true);

        transactions.executeWithoutResult(status -> {
            events.publishEvent(again);
            events.publishEvent(again);
        });

        assertThat(mailsTo(contact)).isEqualTo(1);
        sender(senderTime).sendDue();
        assertThat(SMTP.messagesTo(contact)).hasSize(1);
    }

    @Test
    void aRequestForInformationIsMailedToTheReportsContact() throws Exception {
        String contact = address();
        ReportView report = file(contact);
        TaskItem triage = tasks.ofCase(report.caseId()).get(0);
        tasks.claim(WORKER_2, triage.id());
        tasks.complete(WORKER_2, triage.id(), new TriageDecision(2, "RANSOMWARE", "REQUEST_INFORMATION", "被害範囲が不明。",
                "暗号化された端末の台数を教えてください。", null));

        sender(senderTime).sendDue();

        MimeMessage mail = SMTP.messagesTo(contact).stream().filter(m -> subject(m).startsWith("【通報】照会")).findFirst().orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("【通報】照会があります（案件番号 " + report.caseNumber() + "）");
        assertThat(MailServer.text(mail)).contains("暗号化された端末の台数を教えてください。", "回答期限：");
    }

    @Test
    void staffHearOfTasksHandedToThemAndGetADailyDigestInTheirLanguage() throws Exception {
        ReportView report = file(address());
        String taskId = "mail-test-" + UUID.randomUUID();
        transactions.executeWithoutResult(status -> events.publishEvent(new TaskAssigned(taskId, "examine-appeal", "審理・審理員意見書",
                report.caseId(), "examiner-1", Instant.parse("2099-01-10T00:00:00Z"))));
        assertThat(outbox.findByDedupKey("task-assigned:" + taskId + ":examiner-1@tsuho.example")).isPresent();

        TaskItem triage = tasks.ofCase(report.caseId()).get(0);
        tasks.claim(WORKER_2, triage.id());
        Instant later = Instant.now().plus(Duration.ofDays(30));
        ClockUtil.setCurrentTime(Date.from(later));
        assertThat(staffMails.sendDigest()).isPositive();
        String day = later.atZone(ZoneId.of("Asia/Tokyo")).toLocalDate().toString();
        OutboxMail digest = outbox.findByDedupKey("digest:" + day + ":worker-2:worker-2@tsuho.example").orElseThrow();
        assertThat(digest.recipient()).isEqualTo("worker-2@tsuho.example");
        assertThat(digest.body()).contains("■ 期限超過", report.caseNumber() + " " + triage.name());
        staffMails.sendDigest();
        assertThat(jdbc.sql("select count(*) from mail_outbox where dedup_key = ?").param(digest.dedupKey()).query(Integer.class).single())
                .as("one digest a day").isEqualTo(1);

        sender(senderTime).sendDue();
        assertThat(SMTP.messagesTo("examiner-1@tsuho.example")).extracting(MailOutboxIntegrationTests::subject)
                .contains("【通報】タスクが割り当てられました：審理・審理員意見書（" + report.caseNumber() + "）");
        assertThat(SMTP.messagesTo("worker-2@tsuho.example")).extracting(MailOutboxIntegrationTests::subject)
                .contains("【通報】期限が近い・超過したタスク（" + day + "）");
    }

    private ReportView file(String contact) {
        return intake.submit(PenaltyTrack.COMPANY_A, submission(contact), null, null).report();
    }

    private static ReportSubmission submission(String contact) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        return new ReportSubmission("INCIDENT", "FLASH", null, "RANSOMWARE", "メール通知の確認 " + UUID.randomUUID(),
                "業務端末が暗号化された。", now.minus(Duration.ofHours(1)).toString(), null, null, List.of("office-pc"), List.of(),
                "AMBER", false, new ReportSubmission.ContactInput("佐藤 花子", contact, null));
    }

    private OutboxSender sender(Instant now) {
        return new OutboxSender(outbox, attachments, SMTP.sender(), settings, fixed(now));
    }

    private int mailsTo(String recipient) {
        return jdbc.sql("select count(*) from mail_outbox where recipient = ?").param(recipient).query(Integer.class).single();
    }

    private static String address() {
        return "contact-" + UUID.randomUUID() + "@towa-electric.example";
    }

    private static Clock fixed(Instant now) {
        return Clock.fixed(now, ZoneOffset.UTC);
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
