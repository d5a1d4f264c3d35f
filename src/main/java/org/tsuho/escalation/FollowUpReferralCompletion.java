package org.tsuho.escalation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.identity.Actor;
import org.tsuho.platform.error.Checks;
import org.tsuho.platform.error.FieldProblem;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.platform.error.NotFoundException;
import org.tsuho.tasks.OpenTask;
import org.tsuho.tasks.TaskCompletion;

/**
 * Completes a {@code follow-up-referral} task, the reminder a supervisor gets when an agency did not acknowledge a
 * referral in time: what they did about it (called the liaison, sent again...).
 */
@Component
class FollowUpReferralCompletion implements TaskCompletion<ReferralFollowUp> {

    private final ReferralTasks referralTasks;
    private final Referrals referrals;
    private final CaseFiles cases;
    private final Clock clock;

    FollowUpReferralCompletion(ReferralTasks referralTasks, Referrals referrals, CaseFiles cases, Clock clock) {
        this.referralTasks = referralTasks;
        this.referrals = referrals;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public String taskKey() {
        return "follow-up-referral";
    }

    @Override
    public Class<ReferralFollowUp> bodyType() {
        return ReferralFollowUp.class;
    }

    @Override
    public Map<String, Object> complete(OpenTask task, Actor actor, ReferralFollowUp body) {
        Referral referral = referrals.lock(referralTasks.referralOf(task.id())).orElseThrow(() -> new NotFoundException("referral"));
        List<FieldProblem> problems = new ArrayList<>();
        String note = Checks.text("note", body.note(), Checks.MAX_TEXT, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        referrals.followedUp(referral.id(), actor.username(), clock.instant(), note);
        cases.record(referral.caseId(), actor.username(), "REFERRAL_FOLLOWED_UP", referral.agency() + ": " + note);
        return Map.of();
    }
}
