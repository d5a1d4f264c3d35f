package org.tsuho.enforcement;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.deadline.Rulebook;
import org.tsuho.identity.Actor;
import org.tsuho.platform.error.Checks;
import org.tsuho.platform.error.ConflictException;
import org.tsuho.platform.error.FieldProblem;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.tasks.OpenTask;
import org.tsuho.tasks.TaskCompletion;

/**
 * Completes a {@code decide-disposition} task once the explanation is in or its period has ended. The decision is
 * no action, or the disposition the company was given the chance to answer: anything else needs a new notice.
 */
@Component
class DecideDispositionCompletion implements TaskCompletion<DispositionDecision> {

    private final ProceedingStore store;
    private final CaseFiles cases;
    private final Rulebook rulebook;
    private final Clock clock;

    DecideDispositionCompletion(ProceedingStore store, CaseFiles cases, Rulebook rulebook, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.rulebook = rulebook;
        this.clock = clock;
    }

    @Override
    public String taskKey() {
        return "decide-disposition";
    }

    @Override
    public Class<DispositionDecision> bodyType() {
        return DispositionDecision.class;
    }

    @Override
    public Map<String, Object> complete(OpenTask task, Actor actor, DispositionDecision body) {
        Proceeding proceeding = store.lockByProcess(task.processInstanceId());
        if (proceeding.status() != ProceedingStatus.AWAITING_DISPOSITION) {
            throw new ConflictException("The disposition of this proceeding was already decided.");
        }
        NoticeDraft noticed = store.approvedDraft(proceeding.id()).orElseThrow();
        List<FieldProblem> problems = new ArrayList<>();
        Disposition decision = Checks.oneOf("decision", body.decision(), Disposition.class, problems).orElse(null);
        PenaltyChecks.allowed("decision", decision, proceeding.regime(), problems);
        if (decision != null && decision != Disposition.NO_ACTION && decision != noticed.disposition() && problems.isEmpty()) {
            problems.add(FieldProblem.of("decision", "error.notNoticed", noticed.disposition().name()));
        }
        String reasons = Checks.text("reasons", body.reasons(), PenaltyChecks.MAX_FACTS, problems);
        if (decision == Disposition.ORDER) {
            PenaltyChecks.days("complianceDays", body.complianceDays(), 1, "error.range", problems);
        } else {
            PenaltyChecks.absent("complianceDays", body.complianceDays(), problems);
        }
        if (decision == Disposition.ADMINISTRATIVE_FINE) {
            PenaltyChecks.fine(body.fineYen(), rulebook.settings().penalty().fineCapYen(), store.failureCount(proceeding.id()), problems);
        } else {
            PenaltyChecks.absent("fineYen", body.fineYen(), problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        store.insertDecision(proceeding.id(), new ProceedingDecision(UUID.randomUUID(), DecisionKind.DISPOSITION, decision.name(),
                reasons, body.complianceDays(), body.fineYen(), actor.username(), clock.instant()));
        cases.record(proceeding.caseId(), actor.username(), "DISPOSITION_DECIDED", proceeding.number() + " " + decision);
        return Map.of("decision", decision.name());
    }
}
