package org.tsuho.enforcement;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.identity.Actor;
import org.tsuho.platform.error.Checks;
import org.tsuho.platform.error.ConflictException;
import org.tsuho.platform.error.FieldProblem;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.platform.error.RefusedException;
import org.tsuho.tasks.OpenTask;
import org.tsuho.tasks.TaskCompletion;

/**
 * Completes an {@code approve-notice} task: four eyes on the draft notice. Approval serves it; rejection sends it back
 * to the case workers with the reason.
 */
@Component
class ApproveNoticeCompletion implements TaskCompletion<NoticeApproval> {

    static final String RULE = "Separation of duties: a notice is approved by a supervisor other than the person who prepared it.";

    private final ProceedingStore store;
    private final CaseFiles cases;
    private final Clock clock;

    ApproveNoticeCompletion(ProceedingStore store, CaseFiles cases, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public String taskKey() {
        return "approve-notice";
    }

    @Override
    public Class<NoticeApproval> bodyType() {
        return NoticeApproval.class;
    }

    @Override
    public Map<String, Object> complete(OpenTask task, Actor actor, NoticeApproval body) {
        Proceeding proceeding = store.lockByProcess(task.processInstanceId());
        NoticeDraft draft = store.undecidedDraft(proceeding.id())
                .orElseThrow(() -> new ConflictException("No draft notice of this proceeding awaits approval."));
        if (actor.username().equals(draft.preparedBy())) {
            throw new RefusedException(RULE);
        }
        List<FieldProblem> problems = new ArrayList<>();
        Boolean approved = Checks.required("approved", body.approved(), problems);
        String rationale = Checks.text("rationale", body.rationale(), Checks.MAX_TEXT, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        store.decideDraft(draft.id(), approved, actor.username(), clock.instant(), rationale);
        cases.record(proceeding.caseId(), actor.username(), approved ? "NOTICE_APPROVED" : "NOTICE_REJECTED",
                approved ? proceeding.number() : rationale);
        return Map.of("approved", approved);
    }
}
