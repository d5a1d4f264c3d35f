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
import org.tsuho.platform.error.NotFoundException;
import org.tsuho.platform.error.RefusedException;
import org.tsuho.tasks.OpenTask;
import org.tsuho.tasks.TaskCompletion;

/** Completes an {@code acknowledge-referral} task: the agency's liaison confirms receipt, with the agency's reference. */
@Component
class AcknowledgeReferralCompletion implements TaskCompletion<ReferralAcknowledgement> {

    static final int MAX_REFERENCE = 200;

    private final ReferralTasks referralTasks;
    private final Referrals referrals;
    private final CaseFiles cases;
    private final Clock clock;

    AcknowledgeReferralCompletion(ReferralTasks referralTasks, Referrals referrals, CaseFiles cases, Clock clock) {
        this.referralTasks = referralTasks;
        this.referrals = referrals;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public String taskKey() {
        return "acknowledge-referral";
    }

    @Override
    public Class<ReferralAcknowledgement> bodyType() {
        return ReferralAcknowledgement.class;
    }

    @Override
    public Map<String, Object> complete(OpenTask task, Actor actor, ReferralAcknowledgement body) {
        Referral referral = referrals.lock(referralTasks.referralOf(task.id())).orElseThrow(() -> new NotFoundException("referral"));
        if (!Agency.of(actor).contains(referral.agency())) {
            throw new RefusedException("Only a liaison of the " + referral.agency() + " acknowledges its referrals.");
        }
        if (referral.status() != ReferralStatus.SENT) {
            throw new ConflictException("The referral is " + referral.status() + ".");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String reference = Checks.text("reference", body.reference(), MAX_REFERENCE, problems);
        String note = Checks.optionalText("note", body.note(), Checks.MAX_TEXT, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        referrals.acknowledge(referral.id(), actor.username(), clock.instant(), reference, note);
        cases.record(referral.caseId(), actor.username(), "REFERRAL_ACKNOWLEDGED", referral.agency() + " " + reference);
        return Map.of();
    }
}
