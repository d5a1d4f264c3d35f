package org.tsuho.appeal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.identity.Actor;
import org.tsuho.identity.Role;
import org.tsuho.platform.error.Checks;
import org.tsuho.platform.error.ConflictException;
import org.tsuho.platform.error.FieldProblem;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.platform.error.RefusedException;
import org.tsuho.tasks.OpenTask;
import org.tsuho.tasks.TaskCompletion;

/** Completes {@code examine-appeal}: only the assigned examiner records the hearing and gives the opinion. */
@Component
class ExamineAppealCompletion implements TaskCompletion<Examination> {

    private final AppealStore store;
    private final CaseFiles cases;
    private final Clock clock;

    ExamineAppealCompletion(AppealStore store, CaseFiles cases, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public String taskKey() {
        return "examine-appeal";
    }

    @Override
    public Class<Examination> bodyType() {
        return Examination.class;
    }

    @Override
    public Map<String, Object> complete(OpenTask task, Actor actor, Examination body) {
        Appeal appeal = store.lockByProcess(task.processInstanceId());
        if (!actor.username().equals(appeal.examiner()) || !actor.has(Role.EXAMINER)) {
            throw new RefusedException("Only the hearing examiner assigned to appeal " + appeal.number() + " examines it.");
        }
        if (appeal.status() != AppealStatus.UNDER_EXAMINATION) {
            throw new ConflictException("The appeal is not under examination.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        // api.md's body is the opinion and the recommended ruling; the agency statement and the oral statement are
        // recorded with them when the examiner has them.
        String agencyStatement = Checks.optionalText("agencyStatement", body.agencyStatement(), Appeals.MAX_TEXT, problems);
        String oralStatement = Checks.optionalText("oralStatement", body.oralStatement(), Appeals.MAX_TEXT, problems);
        String opinion = Checks.text("opinion", body.opinion(), Appeals.MAX_TEXT, problems);
        Ruling recommended = Checks.oneOf("recommendedRuling", body.recommendedRuling(), Ruling.class, problems).orElse(null);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        store.examined(appeal.id(), agencyStatement, oralStatement, opinion, recommended, clock.instant());
        cases.record(appeal.caseId(), actor.username(), "APPEAL_EXAMINED", appeal.number() + " " + recommended);
        return Map.of("recommendedRuling", recommended.name());
    }
}
