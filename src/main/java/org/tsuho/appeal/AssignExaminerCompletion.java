package org.tsuho.appeal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.enforcement.DispositionReview;
import org.tsuho.identity.Actor;
import org.tsuho.platform.error.Checks;
import org.tsuho.platform.error.ConflictException;
import org.tsuho.platform.error.FieldProblem;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.platform.error.RefusedException;
import org.tsuho.tasks.OpenTask;
import org.tsuho.tasks.TaskCompletion;

/**
 * Completes {@code assign-examiner}. The examiner must not have taken part in the proceeding (行政不服審査法 第9条
 * 第2項第1号: not someone involved in the disposition): the server refuses anyone who opened it, prepared or
 * approved a notice, or decided in it. A late appeal's reason may instead be found not justifiable: that dismisses
 * the appeal, a ruling, so only a supervisor who did not decide the disposition may do it.
 */
@Component
class AssignExaminerCompletion implements TaskCompletion<ExaminerAssignment> {

    private final AppealStore store;
    private final DispositionReview dispositions;
    private final CaseFiles cases;
    private final Clock clock;

    AssignExaminerCompletion(AppealStore store, DispositionReview dispositions, CaseFiles cases, Clock clock) {
        this.store = store;
        this.dispositions = dispositions;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public String taskKey() {
        return "assign-examiner";
    }

    @Override
    public Class<ExaminerAssignment> bodyType() {
        return ExaminerAssignment.class;
    }

    @Override
    public Map<String, Object> complete(OpenTask task, Actor actor, ExaminerAssignment body) {
        Appeal appeal = store.lockByProcess(task.processInstanceId());
        if (appeal.status() != AppealStatus.AWAITING_EXAMINER) {
            throw new ConflictException("The examiner of this appeal was already assigned.");
        }
        boolean dismiss = Boolean.TRUE.equals(body.dismissAsUntimely());
        List<FieldProblem> problems = new ArrayList<>();
        if (dismiss && appeal.timely()) {
            problems.add(FieldProblem.of("dismissAsUntimely", "appeal.error.timely"));
        }
        String examiner = dismiss ? Checks.optionalText("examiner", body.examiner(), 100, problems)
                : Checks.text("examiner", body.examiner(), 100, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("dismissed", dismiss);
        if (dismiss) {
            RuleAppealCompletion.refuseDecider(dispositions, appeal, actor);
            store.ruled(appeal.id(), Ruling.DISMISSED, "期間経過後の審査請求について示された理由（" + appeal.lateReason()
                    + "）は、行政不服審査法第18条第1項ただし書の正当な理由に当たらない。", null, actor.username(), clock.instant());
            return variables;
        }
        if (dispositions.participants(appeal.proceedingId()).contains(examiner)) {
            throw new RefusedException("Independence of the hearing examiner: " + examiner + " took part in the proceeding that led to "
                    + "the disposition and may not examine the appeal against it (行政不服審査法 第9条第2項).");
        }
        store.assign(appeal.id(), examiner, actor.username());
        cases.record(appeal.caseId(), actor.username(), "APPEAL_EXAMINER_ASSIGNED", appeal.number() + " " + examiner);
        variables.put("examiner", examiner);
        return variables;
    }
}
