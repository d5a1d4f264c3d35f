package org.tsuho.escalation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.identity.Actor;
import org.tsuho.platform.error.ConflictException;
import org.tsuho.platform.error.Checks;
import org.tsuho.platform.error.FieldProblem;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.platform.error.RefusedException;
import org.tsuho.tasks.OpenTask;
import org.tsuho.tasks.TaskCompletion;

/**
 * Completes a {@code ratify-escalation} task: a second supervisor confirms an emergency referral afterwards, or
 * refuses, which withdraws the referrals.
 */
@Component
class RatifyEscalationCompletion implements TaskCompletion<EscalationRatification> {

    static final String RULE = "Separation of duties: an emergency referral is ratified by a second supervisor, "
            + "neither the one who referred it nor its proposer.";

    private final Escalations escalations;
    private final CaseFiles cases;
    private final Clock clock;

    RatifyEscalationCompletion(Escalations escalations, CaseFiles cases, Clock clock) {
        this.escalations = escalations;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public String taskKey() {
        return "ratify-escalation";
    }

    @Override
    public Class<EscalationRatification> bodyType() {
        return EscalationRatification.class;
    }

    @Override
    public Map<String, Object> complete(OpenTask task, Actor actor, EscalationRatification body) {
        Escalation escalation = escalations.lockByProcess(task.processInstanceId());
        if (actor.username().equals(escalation.decidedBy()) || actor.username().equals(escalation.proposedBy())) {
            throw new RefusedException(RULE);
        }
        if (escalation.ratified() != null) {
            throw new ConflictException("The emergency referral was already ratified or refused.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Boolean ratified = Checks.required("ratified", body.ratified(), problems);
        String rationale = Checks.text("rationale", body.rationale(), Checks.MAX_TEXT, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        escalations.ratify(escalation.id(), ratified, actor.username(), clock.instant(), rationale);
        cases.record(escalation.caseId(), actor.username(), ratified ? "ESCALATION_RATIFIED" : "RATIFICATION_REFUSED", rationale);
        return Map.of("ratified", ratified);
    }
}
