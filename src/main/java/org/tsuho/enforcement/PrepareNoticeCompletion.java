package org.tsuho.enforcement;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
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
 * Completes a {@code prepare-notice} task: the case worker's draft of the notice of intended disposition, which a
 * supervisor then approves. The regime decides which dispositions exist; the rulebook the shortest explanation
 * period and the fine cap.
 */
@Component
class PrepareNoticeCompletion implements TaskCompletion<NoticePreparation> {

    private final ProceedingStore store;
    private final CaseFiles cases;
    private final Rulebook rulebook;
    private final Clock clock;

    PrepareNoticeCompletion(ProceedingStore store, CaseFiles cases, Rulebook rulebook, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.rulebook = rulebook;
        this.clock = clock;
    }

    @Override
    public String taskKey() {
        return "prepare-notice";
    }

    @Override
    public Class<NoticePreparation> bodyType() {
        return NoticePreparation.class;
    }

    @Override
    public Map<String, Object> complete(OpenTask task, Actor actor, NoticePreparation body) {
        Proceeding proceeding = store.lockByProcess(task.processInstanceId());
        if (proceeding.status() != ProceedingStatus.OPEN) {
            throw new ConflictException("The notice of this proceeding was already prepared.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Disposition disposition = Checks.oneOf("disposition", body.disposition(), Disposition.class, problems).orElse(null);
        if (disposition == Disposition.NO_ACTION) {
            problems.add(FieldProblem.of("disposition", "error.oneOf", "ORDER, ADMINISTRATIVE_FINE"));
        }
        PenaltyChecks.allowed("disposition", disposition, proceeding.regime(), problems);
        String facts = Checks.text("facts", body.facts(), PenaltyChecks.MAX_FACTS, problems);
        String legalBasis = Checks.text("legalBasis", body.legalBasis(), Checks.MAX_TEXT, problems);
        Integer days = PenaltyChecks.days("responseDays", body.responseDays(), rulebook.minimumExplanationDays(), "error.responseDays",
                problems);
        if (disposition == Disposition.ADMINISTRATIVE_FINE) {
            PenaltyChecks.fine(body.fineYen(), rulebook.settings().penalty().fineCapYen(), store.failureCount(proceeding.id()), problems);
        } else {
            PenaltyChecks.absent("fineYen", body.fineYen(), problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        store.insertDraft(proceeding.id(), new NoticeDraft(UUID.randomUUID(), disposition, facts, legalBasis, days, body.fineYen(),
                actor.username(), now, null, null, null, null));
        store.moveTo(proceeding.id(), ProceedingStatus.AWAITING_APPROVAL, now);
        cases.record(proceeding.caseId(), actor.username(), "NOTICE_PREPARED", proceeding.number() + " " + disposition);
        return Map.of("preparedBy", actor.username(), "approvalDueAt", Date.from(rulebook.proceedingStepDue(now)));
    }
}
