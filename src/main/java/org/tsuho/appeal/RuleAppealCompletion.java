package org.tsuho.appeal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tsuho.enforcement.DisposedNotice;
import org.tsuho.enforcement.Disposition;
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
 * Completes {@code rule-appeal}: a supervisor who did not decide the disposition rules on it. A varied ruling may
 * only lower a fine: the ruling may not change the disposition to the appellant's disadvantage (行政不服審査法 第48条).
 */
@Component
class RuleAppealCompletion implements TaskCompletion<RulingDecision> {

    private final AppealStore store;
    private final DispositionReview dispositions;
    private final Clock clock;

    RuleAppealCompletion(AppealStore store, DispositionReview dispositions, Clock clock) {
        this.store = store;
        this.dispositions = dispositions;
        this.clock = clock;
    }

    @Override
    public String taskKey() {
        return "rule-appeal";
    }

    @Override
    public Class<RulingDecision> bodyType() {
        return RulingDecision.class;
    }

    @Override
    public Map<String, Object> complete(OpenTask task, Actor actor, RulingDecision body) {
        Appeal appeal = store.lockByProcess(task.processInstanceId());
        if (appeal.status() != AppealStatus.AWAITING_RULING) {
            throw new ConflictException("The appeal is not awaiting a ruling.");
        }
        refuseDecider(dispositions, appeal, actor);
        List<FieldProblem> problems = new ArrayList<>();
        Ruling ruling = Checks.oneOf("ruling", body.ruling(), Ruling.class, problems).orElse(null);
        String reasons = Checks.text("reasons", body.reasons(), Appeals.MAX_TEXT, problems);
        if (ruling == Ruling.GRANTED_VARIED) {
            DisposedNotice appealed = dispositions.notice(appeal.noticeId()).orElseThrow();
            if (appealed.disposition() != Disposition.ADMINISTRATIVE_FINE) {
                problems.add(FieldProblem.of("ruling", "appeal.error.nothingToVary"));
            } else if (body.variedFineYen() == null) {
                problems.add(FieldProblem.of("variedFineYen", "error.required"));
            } else if (body.variedFineYen() < 1 || body.variedFineYen() >= appealed.fineYen()) {
                problems.add(FieldProblem.of("variedFineYen", "appeal.error.variedFine", appealed.fineYen() - 1));
            }
        } else if (body.variedFineYen() != null) {
            problems.add(FieldProblem.of("variedFineYen", "appeal.error.variedFineAbsent"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        store.ruled(appeal.id(), ruling, reasons, body.variedFineYen(), actor.username(), clock.instant());
        return Map.of("ruling", ruling.name());
    }

    /** Whoever decided the disposition may not rule on the appeal against it. */
    static void refuseDecider(DispositionReview dispositions, Appeal appeal, Actor actor) {
        if (dispositions.dispositionDecidedBy(appeal.proceedingId()).filter(actor.username()::equals).isPresent()) {
            throw new RefusedException("Separation of duties: " + actor.username() + " decided the disposition and may not rule on "
                    + "the appeal against it.");
        }
    }
}
