package org.tsuho.escalation.process;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tsuho.escalation.EscalationSteps;

/**
 * The collection of the referral multi-instance ({@code ${escalationReferrals.ids(escalationId)}}): evaluated by the
 * engine when the branches start, so the list is never stored as a process variable. Public for the expression
 * language, which calls it by reflection.
 */
@Component("escalationReferrals")
public class EscalationReferrals {

    private final EscalationSteps steps;

    EscalationReferrals(EscalationSteps steps) {
        this.steps = steps;
    }

    public List<String> ids(String escalationId) {
        return steps.referralIds(UUID.fromString(escalationId));
    }
}
