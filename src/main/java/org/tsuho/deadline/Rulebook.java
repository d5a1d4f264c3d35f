package org.tsuho.deadline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Reads the rulebook's clocks for everyone else: deadlines, SLAs and whether something came late. */
@Service
public class Rulebook {

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

    /** When the review of an asset notification received (or answered) at {@code from} is due. */
    public Instant notificationReviewDue(Instant from) {
        return from.plus(settings.notificationReview().period());
    }
}
