package org.tsuho.escalation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.casefile.CaseStatus;
import org.tsuho.casefile.CaseSummary;
import org.tsuho.deadline.Rulebook;
import org.tsuho.intake.Reports;
import org.tsuho.intake.StoredReport;
import org.tsuho.intake.Tlp;
import org.tsuho.platform.error.NotFoundException;
import org.tsuho.tasks.Tasks;
import org.tsuho.triage.EscalationProposed;

/** What the escalation process does at each automatic step. Steps the engine may retry change nothing the second time. */
@Service
public class EscalationSteps {

    /** Who the timeline names when the process itself acts. */
    private static final String SYSTEM = "system";

    private final Escalations escalations;
    private final Referrals referrals;
    private final ReferralPackages packages;
    private final CaseFiles cases;
    private final Reports reports;
    private final Rulebook rulebook;
    private final Tasks tasks;
    private final ObjectMapper json;
    private final Clock clock;

    EscalationSteps(Escalations escalations, Referrals referrals, ReferralPackages packages, CaseFiles cases, Reports reports,
                    Rulebook rulebook, Tasks tasks, ObjectMapper json, Clock clock) {
        this.escalations = escalations;
        this.referrals = referrals;
        this.packages = packages;
        this.cases = cases;
        this.reports = reports;
        this.rulebook = rulebook;
        this.tasks = tasks;
        this.json = json;
        this.clock = clock;
    }

    /** Records triage's proposal; returns the new escalation's id. */
    @Transactional
    public UUID propose(EscalationProposed proposed) {
        UUID id = UUID.randomUUID();
        escalations.insert(id, proposed.caseId(), proposed.targets().stream().map(t -> Agency.valueOf(t.name())).toList(),
                proposed.criteria().stream().map(Enum::name).toList(), proposed.emergency(), proposed.proposedBy(),
                proposed.proposedAt(), proposed.rationale());
        return id;
    }

    @Transactional
    public void attachProcess(UUID escalationId, String processInstanceId) {
        escalations.attachProcess(escalationId, processInstanceId);
    }

    /** When a supervisor must have decided: within the hour in an emergency. */
    public Instant approvalDue(UUID escalationId) {
        Escalation escalation = escalations.get(escalationId);
        return rulebook.escalationDecisionDue(escalation.proposedAt(), escalation.emergency());
    }

    /**
     * Sends one minimised package to each target agency and marks the case REFERRED. For an emergency referral,
     * returns when the second supervisor must have ratified it.
     */
    @Transactional
    public Optional<Instant> sendReferrals(UUID escalationId) {
        Escalation escalation = escalations.get(escalationId);
        CaseSummary kase = cases.get(escalation.caseId());
        List<StoredReport> filed = reports.ofCase(escalation.caseId());
        Tlp tlp = ReferralPackages.effectiveTlp(escalation.requestedTlp() == null ? null
                : Tlp.ofLabel(escalation.requestedTlp()).orElseThrow(), filed);
        Instant now = clock.instant();
        List<Agency> sent = referrals.ofEscalation(escalationId).stream().map(Referral::agency).toList();
        for (Agency agency : escalation.targets()) {
            if (!sent.contains(agency)) {
                ReferralPackage content = packages.build(UUID.randomUUID(), agency, escalation, kase, filed, tlp, now);
                String text = serialise(content);
                referrals.insert(content, escalationId, kase.id(), text, sha256(text), escalation.decidedBy());
            }
        }
        if (kase.status() != CaseStatus.REFERRED) {
            cases.changeStatus(kase.id(), CaseStatus.REFERRED, escalation.decidedBy(), "REFERRAL_SENT",
                    names(escalation.targets()) + " (TLP:" + tlp.label() + ")");
        }
        if (!escalation.emergency()) {
            return Optional.empty();
        }
        // counted from the supervisor's decision to refer at once, the act the second supervisor ratifies
        Instant due = rulebook.ratificationDue(escalation.decidedAt());
        escalations.ratificationDue(escalationId, due);
        return Optional.of(due);
    }

    /** The referrals the process tracks, one branch each. */
    public List<String> referralIds(UUID escalationId) {
        return referrals.ofEscalation(escalationId).stream().map(r -> r.id().toString()).toList();
    }

    /** Who acknowledges a referral (its agency's liaisons) and by when. */
    public record AcknowledgementPlan(String liaisonGroup, Instant dueAt) {
    }

    public AcknowledgementPlan acknowledgementPlan(UUID referralId) {
        Referral referral = referral(referralId);
        return new AcknowledgementPlan(referral.agency().liaisonGroup(), rulebook.acknowledgementDue(referral.sentAt()));
    }

    /**
     * No acknowledgement came in time: the referral and its task are flagged, and the supervisor who referred the
     * case gets a follow-up task. Returns when that follow-up is due.
     */
    @Transactional
    public Instant acknowledgementOverdue(UUID referralId, String processInstanceId) {
        Referral referral = referral(referralId);
        Instant now = clock.instant();
        referrals.reminded(referralId, now);
        tasks.flagOverdue(processInstanceId, "acknowledge-referral");
        cases.record(referral.caseId(), SYSTEM, "REFERRAL_ACK_OVERDUE", referral.agency() + " → " + referral.sentBy());
        return rulebook.escalationDecisionDue(now, false);
    }

    /** The second supervisor did not ratify an emergency referral in time: the case is flagged for all supervisors. */
    @Transactional
    public void ratificationOverdue(UUID escalationId, String processInstanceId) {
        Escalation escalation = escalations.get(escalationId);
        escalations.ratificationOverdue(escalationId, clock.instant());
        tasks.flagOverdue(processInstanceId, "ratify-escalation");
        cases.record(escalation.caseId(), SYSTEM, "RATIFICATION_OVERDUE", null);
    }

    /** The emergency referral was not ratified: every open referral is withdrawn. */
    @Transactional
    public void withdraw(UUID escalationId) {
        Escalation escalation = escalations.get(escalationId);
        Instant now = clock.instant();
        referrals.withdrawAll(escalationId, now);
        escalations.conclude(escalationId, EscalationStatus.WITHDRAWN, now);
        cases.record(escalation.caseId(), escalation.ratifiedBy(), "REFERRAL_WITHDRAWN", names(escalation.targets()));
    }

    /** Every partner closed its referral. */
    @Transactional
    public void complete(UUID escalationId) {
        Escalation escalation = escalations.get(escalationId);
        escalations.conclude(escalationId, EscalationStatus.COMPLETED, clock.instant());
        cases.record(escalation.caseId(), SYSTEM, "ESCALATION_COMPLETED", null);
    }

    private Referral referral(UUID id) {
        return referrals.find(id).orElseThrow(() -> new NotFoundException("referral"));
    }

    private String serialise(ReferralPackage content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the referral package", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String names(List<Agency> agencies) {
        return agencies.stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
