package org.tsuho.workspace.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.casefile.CaseSummary;
import org.tsuho.casefile.ManualLegalHolds;
import org.tsuho.escalation.EscalationViews;
import org.tsuho.escalation.Referral;
import org.tsuho.escalation.ReferralTasks;
import org.tsuho.escalation.TlpChoices;
import org.tsuho.identity.Actor;
import org.tsuho.intake.Category;
import org.tsuho.registry.Operators;
import org.tsuho.registry.Sector;
import org.tsuho.tasks.Tasks;
import org.tsuho.tasks.Urgency;
import org.tsuho.triage.TriageDecision;
import org.tsuho.web.FormErrors;
import org.tsuho.workspace.CaseDetail;

/**
 * The case page's model: the case, its open tasks, and a fresh form for each task the reader holds (triage, the
 * escalation decisions, follow-ups). A controller that re-shows the page after a refused form puts that form and its
 * errors over the fresh one.
 */
@Component
class CasePage {

    static final String VIEW = "workspace/case";
    static final String TRIAGE = "triage";
    static final String APPROVE = "approve-escalation";
    static final String RATIFY = "ratify-escalation";
    static final String FOLLOW_UP = "follow-up-referral";

    record TaskRow(CaseDetail.OpenTaskRef task, Urgency urgency) {
    }

    /** A follow-up task the reader holds, with the referral that was not acknowledged in time. */
    record FollowUp(CaseDetail.OpenTaskRef task, Referral referral) {
    }

    private final CaseFiles cases;
    private final ManualLegalHolds legalHolds;
    private final Tasks tasks;
    private final EscalationViews escalations;
    private final ReferralTasks referralTasks;
    private final Operators operators;
    private final Clock clock;

    CasePage(CaseFiles cases, ManualLegalHolds legalHolds, Tasks tasks, EscalationViews escalations,
             ReferralTasks referralTasks, Operators operators, Clock clock) {
        this.cases = cases;
        this.legalHolds = legalHolds;
        this.tasks = tasks;
        this.escalations = escalations;
        this.referralTasks = referralTasks;
        this.operators = operators;
        this.clock = clock;
    }

    String show(Model model, Actor actor, CaseDetail detail, Locale locale) {
        Instant now = clock.instant();
        model.addAttribute("case", detail);
        model.addAttribute("company", operators.find(detail.company().id()).map(o -> o.name(locale)).orElse(detail.company().name()));
        model.addAttribute("sectors", sectorNames(locale));
        model.addAttribute("relatedCaseId", detail.relatedCaseNumber() == null ? null
                : cases.findByNumber(detail.relatedCaseNumber()).map(CaseSummary::id).orElse(null));
        model.addAttribute("tasks", detail.openTasks().stream().map(t -> new TaskRow(t, Urgency.of(t.dueAt(), t.overdue(), now))).toList());
        model.addAttribute("claimable", tasks.claimable(actor, detail.id()));
        model.addAttribute("username", actor.username());

        model.addAttribute("triageTask", held(actor, detail, TRIAGE).orElse(null));
        model.addAttribute("triage", TriageForm.startingFrom(detail.category()));
        model.addAttribute("errors", FormErrors.none());
        model.addAttribute("categories", Category.values());
        model.addAttribute("decisions", TriageDecision.Decision.values());
        model.addAttribute("targets", TriageDecision.Target.values());
        model.addAttribute("criteria", TriageDecision.Criterion.values());

        Optional<CaseDetail.OpenTaskRef> approval = held(actor, detail, APPROVE);
        TlpChoices tlp = approval.map(t -> escalations.tlpChoices(detail.id())).orElse(null);
        model.addAttribute("approvalTask", approval.orElse(null));
        model.addAttribute("tlpChoices", tlp);
        model.addAttribute("approval", ApprovalForm.presetTo(tlp == null ? null : tlp.preset().label()));
        model.addAttribute("approvalErrors", FormErrors.none());
        model.addAttribute("ratificationTask", held(actor, detail, RATIFY).orElse(null));
        model.addAttribute("ratification", RatificationForm.fresh());
        model.addAttribute("ratificationErrors", FormErrors.none());
        model.addAttribute("followUps", followUps(actor, detail));
        model.addAttribute("followUp", FollowUpForm.fresh());
        model.addAttribute("followUpTaskId", null);
        model.addAttribute("followUpErrors", FormErrors.none());
        model.addAttribute("legalHold", legalHolds.holds(detail.id()));
        model.addAttribute("legalHoldReason", "");
        model.addAttribute("legalHoldErrors", FormErrors.none());
        model.addAttribute("noErrors", FormErrors.none());
        return VIEW;
    }

    /** The case's open task of this kind that the reader holds. */
    static Optional<CaseDetail.OpenTaskRef> held(Actor actor, CaseDetail detail, String taskKey) {
        return heldAll(actor, detail, taskKey).stream().findFirst();
    }

    private static List<CaseDetail.OpenTaskRef> heldAll(Actor actor, CaseDetail detail, String taskKey) {
        return detail.openTasks().stream()
                .filter(t -> taskKey.equals(t.taskKey()) && Objects.equals(actor.username(), t.assignee()))
                .toList();
    }

    private List<FollowUp> followUps(Actor actor, CaseDetail detail) {
        return heldAll(actor, detail, FOLLOW_UP).stream()
                .flatMap(t -> {
                    UUID referralId = referralTasks.referralOf(t.id());
                    return detail.referrals().stream().filter(r -> r.id().equals(referralId)).map(r -> new FollowUp(t, r));
                })
                .toList();
    }

    private Map<String, String> sectorNames(Locale locale) {
        return operators.sectors().stream().collect(Collectors.toMap(Sector::code, s -> s.name(locale)));
    }
}
