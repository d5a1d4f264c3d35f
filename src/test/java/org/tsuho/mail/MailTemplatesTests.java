package org.tsuho.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mail templates in both languages: subject on the first line, the body after it, other languages in Japanese. */
class MailTemplatesTests {

    private final MailTemplates templates = new MailTemplates();

    @Test
    void theEnglishReceiptNamesTheReportAndItsLateness() {
        MailTemplates.Written mail = templates.write("receipt", Locale.ENGLISH, Map.of("companyName", "Towa Electric",
                "receiptNumber", "R-2026-000123", "caseNumber", "C-2026-000045", "kind", "INCIDENT", "stage", "DETAILED",
                "title", "Ransomware", "submittedAt", MailTemplates.time(Instant.parse("2026-11-25T01:05:00Z"), Locale.ENGLISH),
                "late", true));

        assertThat(mail.subject()).isEqualTo("[Tsuho] Report received (receipt number R-2026-000123)");
        assertThat(mail.body()).contains("Receipt number: R-2026-000123", "Kind: incident report (detailed report)",
                "Received: 25 Nov 2026 10:05 Japan time", "after its deadline").doesNotContain("[Tsuho]");
    }

    @Test
    void aLanguageWithoutTemplatesGetsJapanese() {
        MailTemplates.Written mail = templates.write("task-assigned", Locale.FRENCH, Map.of("taskName", "審理・審理員意見書",
                "caseNumber", "C-2026-000045", "dueAt", MailTemplates.time(Instant.parse("2026-11-25T01:05:00Z"), Locale.FRENCH)));

        assertThat(mail.subject()).isEqualTo("【通報】タスクが割り当てられました：審理・審理員意見書（C-2026-000045）");
        assertThat(mail.body()).contains("期限：2026年11月25日 10:05（日本時間）");
    }

    @Test
    void theDigestListsOverdueAndDueSoonTasksSeparatelyAndLeavesOutAnEmptySection() {
        StaffMails.DigestLine overdue = new StaffMails.DigestLine("トリアージ", "C-2026-000001", "2026年11月24日 9:00（日本時間）", true);
        MailTemplates.Written mail = templates.write("digest", Locale.JAPANESE,
                Map.of("date", "2026-11-25", "overdue", List.of(overdue), "dueSoon", List.of()));

        assertThat(mail.body()).contains("■ 期限超過\n・C-2026-000001 トリアージ　期限 2026年11月24日 9:00（日本時間）")
                .doesNotContain("■ 期限が近いもの");
    }

    @Test
    void eachNoticeTypeHasItsOwnSubject() {
        for (String[] expected : new String[][] {{"INTENDED_DISPOSITION", "弁明の機会の付与について（通知）"}, {"DISPOSITION", "処分通知書"},
                {"RULING", "裁決書"}}) {
            MailTemplates.Written mail = templates.write("notice", Locale.JAPANESE,
                    Map.of("companyName", "東和電力株式会社", "noticeNumber", "N-1", "type", expected[0], "caseNumber", "C-1"));
            assertThat(mail.subject()).isEqualTo("【通報】" + expected[1] + "の送付（N-1）");
        }
    }
}
