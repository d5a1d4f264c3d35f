package org.tsuho.escalation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.identity.Actor;
import org.tsuho.intake.Reports;
import org.tsuho.intake.Tlp;
import org.tsuho.platform.error.ConflictException;
import org.tsuho.platform.error.Checks;
import org.tsuho.platform.error.FieldProblem;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.platform.error.RefusedException;
import org.tsuho.tasks.OpenTask;
import org.tsuho.tasks.TaskCompletion;

/**
 * Completes an {@code approve-escalation} task: the four-eyes decision on a proposal. Approval sends the referrals
 * (at once, and to be ratified afterwards, in an emergency); rejection sends the case back to triage with the reason.
 */
@Component
class ApproveEscalationCompletion implements TaskCompletion<EscalationApproval> {

    static final String RULE = "Separation of duties: an escalation is approved by a supervisor other than the person who proposed it.";

    private final Escalations escalations;
    private final Reports reports;
    private final CaseFiles cases;
    private final Clock clock;

    ApproveEscalationCompletion(Escalations escalations, Reports reports, CaseFiles cases, Clock clock) {
        this.escalations = escalations;
        this.reports = reports;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public String taskKey() {
        return "approve-escalation";
    }

    @Override
    public Class<EscalationApproval> bodyType() {
        return EscalationApproval.class;
    }

    @Override
    public Map<String, Object> complete(OpenTask task, Actor actor, EscalationApproval body) {
        Escalation escalation = escalations.lockByProcess(task.processInstanceId());
        if (actor.username().equals(escalation.proposedBy())) {
            throw new RefusedException(RULE);
        }
        if (escalation.status() != EscalationStatus.PROPOSED) {
            throw new ConflictException("The escalation was already decided.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Boolean approved = Checks.required("approved", body.approved(), problems);
        String rationale = Checks.text("rationale", body.rationale(), Checks.MAX_TEXT, problems);
        Tlp tlp = tlp(body.tlp(), Boolean.TRUE.equals(approved), escalation, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        escalations.decide(escalation.id(), approved, actor.username(), clock.instant(), rationale, tlp == null ? null : tlp.label());
        if (approved) {
            cases.record(escalation.caseId(), actor.username(), escalation.emergency() ? "EMERGENCY_REFERRAL" : "ESCALATION_APPROVED",
                    escalation.targets().stream().map(Enum::name).collect(Collectors.joining(", ")));
        } else {
            cases.record(escalation.caseId(), actor.username(), "ESCALATION_REJECTED", rationale);
        }
        return Map.of("approved", approved, "decidedBy", actor.username());
    }

    /** The requested marking, if any: a TLP 2.0 label, never below the most restrictive of the case's reports. */
    private Tlp tlp(String label, boolean approved, Escalation escalation, List<FieldProblem> problems) {
        if (label == null || label.isBlank()) {
            return null;
        }
        Tlp tlp = Tlp.ofLabel(label.strip()).orElse(null);
        if (tlp == null) {
            problems.add(FieldProblem.of("tlp", "error.oneOf", "CLEAR, GREEN, AMBER, AMBER+STRICT, RED"));
            return null;
        }
        Tlp floor = ReferralPackages.reportsTlp(reports.ofCase(escalation.caseId()));
        if (approved && tlp.compareTo(floor) < 0) {
            problems.add(FieldProblem.of("tlp", "error.tlpBelowReport", floor.label()));
        }
        return tlp;
    }
}
