package org.tsuho.deadline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Reads the rulebook's clocks for everyone else: deadlines, SLAs and whether something came late. */
@Service
public class Rulebook {

    /** Legal periods are counted in Japanese calendar days. */
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    /** A period's last day ends at 23:59:59 Japan time (whole seconds, so the database stores it exactly). */
    private static final LocalTime LAST_SECOND = LocalTime.of(23, 59, 59);

    private final RulebookSettings settings;
    private final Clock clock;

    Rulebook(RulebookSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public RulebookSettings settings() {
        return settings;
    }

    public Instant dueAt(Stage stage, Instant awareAt) {
        return switch (stage) {
            case FLASH -> awareAt.plus(settings.flashReport().period());
            case DETAILED -> awareAt.plus(settings.detailedReport().period());
            case UPDATE -> throw new IllegalArgumentException("updates have no legal deadline");
        };
    }

    /** Whether a report of this stage, submitted at {@code submittedAt}, came after its deadline. */
    public boolean isLate(Stage stage, Instant awareAt, Instant submittedAt) {
        return stage != Stage.UPDATE && submittedAt.isAfter(dueAt(stage, awareAt));
    }

    /**
     * The legal deadlines of a case, given when the company became aware and when each stage's first report
     * arrived (null if none yet).
     */
    public List<StageDeadline> deadlines(Instant awareAt, Map<Stage, Instant> firstSubmitted) {
        Instant now = clock.instant();
        List<StageDeadline> deadlines = new ArrayList<>();
        for (Stage stage : List.of(Stage.FLASH, Stage.DETAILED)) {
            Instant due = dueAt(stage, awareAt);
            Instant submitted = firstSubmitted.get(stage);
            Boolean met = null;
            if (submitted != null) {
                met = !submitted.isAfter(due);
            } else if (now.isAfter(due)) {
                met = false;
            }
            deadlines.add(new StageDeadline(stage, due, met));
        }
        return deadlines;
    }

    /** Triage service level: by severity once assessed, otherwise the "unassessed" clock. */
    public Instant triageDue(Instant from, Integer severity) {
        Rule rule = severity == null ? settings.triageUnassessed()
                : settings.triageBySeverity().getOrDefault(severity, settings.triageUnassessed());
        return from.plus(rule.period());
    }

    public Instant answerDue(Instant askedAt) {
        return askedAt.plus(settings.informationRequest().period());
    }

    public Duration answerReminderAfter() {
        return settings.answerReminder().period();
    }

    /** A supervisor's decision on a proposed escalation: within the hour in an emergency. */
    public Instant escalationDecisionDue(Instant proposedAt, boolean emergency) {
        return proposedAt.plus((emergency ? settings.emergencyReferral() : settings.escalationDecision()).period());
    }

    public Instant ratificationDue(Instant referredAt) {
        return referredAt.plus(settings.emergencyRatification().period());
    }

    public Instant acknowledgementDue(Instant sentAt) {
        return sentAt.plus(settings.escalationAcknowledgement().period());
    }

    /** The last moment of a period of whole days served at {@code servedAt}: Japanese periods skip the first day. */
    public Instant endOfDays(Instant servedAt, int days) {
        return servedAt.atZone(JAPAN).toLocalDate().plusDays(days).atTime(LAST_SECOND).atZone(JAPAN).toInstant();
    }

    /** The shortest explanation period (弁明書) in whole days. */
    public int minimumExplanationDays() {
        return (int) settings.penalty().explanationPeriod().period().toDays();
    }

    /** 審査請求: the last day to appeal a disposition served at {@code servedAt} (from the day after, 初日不算入). */
    public LocalDate appealBy(Instant servedAt) {
        return servedAt.atZone(JAPAN).toLocalDate().plus(settings.penalty().appealWindow());
    }

    /** When a staff step of a penalty proceeding (prepare, approve, decide) is due. */
    public Instant proceedingStepDue(Instant from) {
        return from.plus(settings.penalty().proceedingStep().period());
    }

    /** When the review of an asset notification received (or answered) at {@code from} is due. */
    public Instant notificationReviewDue(Instant from) {
        return from.plus(settings.notificationReview().period());
    }
}
