package org.tsuho.escalation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tsuho.tasks.TaskGlance;
import org.tsuho.tasks.TaskItem;

/**
 * A supervisor's queue at a glance: beside an approval or a ratification, whom the case would go to, on which
 * criteria, and whether it is an emergency; beside a follow-up, the agency that did not acknowledge.
 */
@Component
class EscalationGlance implements TaskGlance {

    private final Escalations escalations;
    private final Referrals referrals;
    private final ReferralTasks referralTasks;

    EscalationGlance(Escalations escalations, Referrals referrals, ReferralTasks referralTasks) {
        this.escalations = escalations;
        this.referrals = referrals;
        this.referralTasks = referralTasks;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, List<String>> of(List<TaskItem> tasks) {
        Map<UUID, List<Escalation>> byCase = new HashMap<>();
        Map<String, List<String>> glance = new HashMap<>();
        for (TaskItem task : tasks) {
            switch (task.taskKey()) {
                case "approve-escalation" -> latest(byCase, task.caseId(), e -> e.status() == EscalationStatus.PROPOSED)
                        .ifPresent(e -> glance.put(task.id(), codes(e)));
                case "ratify-escalation" -> latest(byCase, task.caseId(), e -> e.emergency() && e.ratified() == null)
                        .ifPresent(e -> glance.put(task.id(), codes(e)));
                case "follow-up-referral" -> referrals.find(referralTasks.referralOf(task.id()))
                        .ifPresent(r -> glance.put(task.id(), List.of("agency." + r.agency())));
                default -> {
                    // not an escalation task
                }
            }
        }
        return glance;
    }

    private Optional<Escalation> latest(Map<UUID, List<Escalation>> byCase, UUID caseId, Predicate<Escalation> waiting) {
        List<Escalation> ofCase = byCase.computeIfAbsent(caseId, escalations::ofCase);
        for (int i = ofCase.size() - 1; i >= 0; i--) {
            if (waiting.test(ofCase.get(i))) {
                return Optional.of(ofCase.get(i));
            }
        }
        return Optional.empty();
    }

    private static List<String> codes(Escalation escalation) {
        List<String> codes = new ArrayList<>();
        escalation.targets().forEach(agency -> codes.add("agency." + agency));
        escalation.criteria().forEach(criterion -> codes.add("criterion." + criterion));
        if (escalation.emergency()) {
            codes.add("escalation.emergency");
        }
        return codes;
    }
}
