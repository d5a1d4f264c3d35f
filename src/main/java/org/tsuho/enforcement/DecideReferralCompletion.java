package org.tsuho.enforcement;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.identity.Actor;
import org.tsuho.platform.error.Checks;
import org.tsuho.platform.error.ConflictException;
import org.tsuho.platform.error.FieldProblem;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.tasks.OpenTask;
import org.tsuho.tasks.TaskCompletion;

/**
 * Completes a {@code decide-referral} task after an order was not complied with: refer the company for prosecution
 * (the court imposes the fine), or close the proceeding. Either way the reasons are kept.
 */
@Component
class DecideReferralCompletion implements TaskCompletion<ReferralDecision> {

    private final ProceedingStore store;
    private final CaseFiles cases;
    private final Clock clock;

    DecideReferralCompletion(ProceedingStore store, CaseFiles cases, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public String taskKey() {
        return "decide-referral";
    }

    @Override
    public Class<ReferralDecision> bodyType() {
        return ReferralDecision.class;
    }

    @Override
    public Map<String, Object> complete(OpenTask task, Actor actor, ReferralDecision body) {
        Proceeding proceeding = store.lockByProcess(task.processInstanceId());
        if (proceeding.status() != ProceedingStatus.AWAITING_REFERRAL_DECISION) {
            throw new ConflictException("The referral of this proceeding was already decided.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Boolean refer = Checks.required("refer", body.refer(), problems);
        String rationale = Checks.text("rationale", body.rationale(), PenaltyChecks.MAX_FACTS, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String decision = refer ? ProceedingDecision.REFER : ProceedingDecision.DO_NOT_REFER;
        store.insertDecision(proceeding.id(), new ProceedingDecision(UUID.randomUUID(), DecisionKind.REFERRAL, decision, rationale,
                null, null, actor.username(), clock.instant()));
        cases.record(proceeding.caseId(), actor.username(), "REFERRAL_DECIDED", proceeding.number() + " " + decision);
        return Map.of("refer", refer);
    }
}
