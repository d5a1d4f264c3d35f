package org.tsuho.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

class TimelineDetailsTests {

    private final TimelineDetails details = new TimelineDetails(bundles());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void triageDecisionReadsInJapanese() {
        LocaleContextHolder.setLocale(Locale.JAPANESE);
        assertThat(details.format("TRIAGED", "severity 2, RANSOMWARE, CLOSE")).isEqualTo("深刻度 2 中, ランサムウェア, 終結");
    }

    @Test
    void triageDecisionReadsInEnglish() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(details.format("TRIAGED", "severity 2, RANSOMWARE, CLOSE")).isEqualTo("Severity 2 Medium, Ransomware, Close");
    }

    @Test
    void numbersStayAndCodesAfterThemAreTranslated() {
        LocaleContextHolder.setLocale(Locale.JAPANESE);
        assertThat(details.format("DISPOSITION_DECIDED", "P-2026-000003 ORDER")).isEqualTo("P-2026-000003 命令");
        assertThat(details.format("APPEAL_FILED", "A-2026-000001 N-2026-000002 LATE")).isEqualTo("A-2026-000001 N-2026-000002 期限後");
        assertThat(details.format("REPORT_RECEIVED", "R-2026-000001 FLASH")).isEqualTo("R-2026-000001 速報");
    }

    @Test
    void taskEntriesNameTheTask() {
        LocaleContextHolder.setLocale(Locale.JAPANESE);
        assertThat(details.format("TASK_CLAIMED", "triage")).isEqualTo("トリアージ");
        assertThat(details.format("TASK_CLAIMED", "some-new-task")).isEqualTo("some-new-task");
    }

    @Test
    void unknownCodesAndFreeTextAreLeftAsTheyAre() {
        LocaleContextHolder.setLocale(Locale.JAPANESE);
        assertThat(details.format("NOTE", "SOMETHING_NEW at 203.0.113.7")).isEqualTo("SOMETHING_NEW at 203.0.113.7");
        assertThat(details.format("NOTE", null)).isEmpty();
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
