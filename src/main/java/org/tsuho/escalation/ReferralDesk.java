package org.tsuho.escalation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsuho.audit.AuditTrail;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.identity.Actor;
import org.tsuho.platform.error.ConflictException;
import org.tsuho.platform.error.Checks;
import org.tsuho.platform.error.FieldProblem;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.platform.error.NotFoundException;
import org.tsuho.platform.paging.Cursor;
import org.tsuho.platform.paging.Page;
import org.tsuho.tasks.TaskItem;
import org.tsuho.tasks.Tasks;

/**
 * What a police or MOD liaison does with referrals: list their agency's, read a package (as JSON or as a STIX
 * bundle) and record feedback. Another agency's referral is "not found". Every read of a package is a disclosure
 * and goes into the disclosure log; the first one is also the delivery on the case timeline.
 */
@Service
public class ReferralDesk {

    private static final String ACKNOWLEDGE = "acknowledge-referral";

    private final Referrals referrals;
    private final Escalations escalations;
    private final Disclosures disclosures;
    private final StixBundles stix;
    private final CaseFiles cases;
    private final Tasks tasks;
    private final ReferralTasks referralTasks;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    ReferralDesk(Referrals referrals, Escalations escalations, Disclosures disclosures, StixBundles stix, CaseFiles cases,
                 Tasks tasks, ReferralTasks referralTasks, ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
        this.referrals = referrals;
        this.escalations = escalations;
        this.disclosures = disclosures;
        this.stix = stix;
        this.cases = cases;
        this.tasks = tasks;
        this.referralTasks = referralTasks;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** The caller's agency's referrals, newest first. */
    @Transactional(readOnly = true)
    public Page<ReferralSummary> list(Actor liaison, int limit, String cursor) {
        Cursor after = Cursor.decode(cursor);
        UUID afterId = after == null ? null : cursorId(after);
        List<Referral> rows = referrals.ofAgencies(Agency.of(liaison), after == null ? null : after.at(), afterId, limit + 1);
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            Referral last = rows.get(limit - 1);
            next = new Cursor(last.sentAt(), last.id().toString()).encode();
        }
        return new Page<>(rows.stream().map(ReferralSummary::of).toList(), next);
    }

    /** Where the caller's agency's referral stands; not a disclosure, the package is not in it. */
    @Transactional(readOnly = true)
    public ReferralState state(Actor liaison, UUID id) {
        return ReferralState.of(visible(liaison, id));
    }

    /** The open acknowledgement task of the caller's agency's referral, whoever holds it. */
    @Transactional(readOnly = true)
    public Optional<TaskItem> acknowledgementTask(Actor liaison, UUID id) {
        Referral referral = visible(liaison, id);
        return tasks.ofCase(referral.caseId()).stream()
                .filter(t -> ACKNOWLEDGE.equals(t.taskKey()) && id.equals(referralTasks.referralOf(t.id())))
                .findFirst();
    }

    /**
     * Acknowledges the referral in one step: takes its acknowledgement task if nobody holds it yet, then completes it.
     * Invalid input undoes the taking too.
     */
    @Transactional
    public void acknowledge(Actor liaison, UUID id, ReferralAcknowledgement body) {
        TaskItem task = acknowledgementTask(liaison, id)
                .orElseThrow(() -> new ConflictException("The referral has no acknowledgement open."));
        tasks.claim(liaison, task.id());
        tasks.complete(liaison, task.id(), (Object) body);
    }

    /** The referral an acknowledgement task in the caller's queue is about. */
    @Transactional(readOnly = true)
    public UUID referralOfTask(Actor liaison, String taskId) {
        TaskItem task = tasks.get(liaison, taskId);
        if (!ACKNOWLEDGE.equals(task.taskKey())) {
            throw new NotFoundException("referral");
        }
        return visible(liaison, referralTasks.referralOf(taskId)).id();
    }

    /** The minimised package; a disclosure. */
    @Transactional
    public ReferralPackage open(Actor liaison, UUID id) {
        return deliver(liaison, id, DisclosureFormat.PACKAGE);
    }

    /** The package as a STIX 2.1 bundle; a disclosure. */
    @Transactional
    public ObjectNode stix(Actor liaison, UUID id) {
        return stix.bundle(deliver(liaison, id, DisclosureFormat.STIX));
    }

    @Transactional
    public FeedbackEntry feedback(Actor liaison, UUID id, FeedbackInput input) {
        // Escalation before referral, the order withdrawal takes them in. Closing moves the process, and two agencies
        // closing at once would both try to complete its join: they take turns instead.
        UUID escalationId = visible(liaison, id).escalationId();
        escalations.lock(escalationId);
        Referral referral = locked(liaison, id);
        List<FieldProblem> problems = new ArrayList<>();
        FeedbackType type = Checks.oneOf("type", input.type(), FeedbackType.class, problems).orElse(null);
        String note = Checks.optionalText("note", input.note(), Checks.MAX_TEXT, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        switch (referral.status()) {
            case SENT -> throw new ConflictException("Acknowledge the referral before recording feedback.");
            case CLOSED, WITHDRAWN -> throw new ConflictException("The referral is " + referral.status() + ".");
            case ACKNOWLEDGED -> {
                // feedback belongs here
            }
        }
        Instant now = clock.instant();
        FeedbackEntry entry = new FeedbackEntry(UUID.randomUUID(), type, note, liaison.username(), now);
        referrals.addFeedback(id, entry);
        cases.record(referral.caseId(), liaison.username(), "REFERRAL_FEEDBACK", referral.agency() + " " + type);
        if (type == FeedbackType.CLOSED) {
            referrals.close(id, now);
            events.publishEvent(new ReferralClosed(id, referral.escalationId()));
        }
        return entry;
    }

    private ReferralPackage deliver(Actor liaison, UUID id, DisclosureFormat format) {
        Referral referral = locked(liaison, id);
        if (referral.status() == ReferralStatus.WITHDRAWN) {
            throw new ConflictException("The referral was withdrawn.");
        }
        boolean first = !disclosures.anyOf(id);
        disclosures.append(new Disclosure(UUID.randomUUID(), id, referral.caseId(), referral.agency(), liaison.username(), format,
                referral.packageDigest(), referral.tlp(), referral.legalBasis(), first, clock.instant()));
        audit.record(liaison, referral.caseId(), "DISCLOSED", referral.agency() + " " + format + " " + id);
        if (first) {
            cases.record(referral.caseId(), liaison.username(), "REFERRAL_DELIVERED", referral.agency() + " " + format);
        }
        return referrals.content(id);
    }

    private Referral visible(Actor liaison, UUID id) {
        return referrals.find(id).filter(r -> Agency.of(liaison).contains(r.agency())).orElseThrow(() -> new NotFoundException("referral"));
    }

    /** Locks the caller's agency's referral: deliveries and feedback on one referral happen one at a time. */
    private Referral locked(Actor liaison, UUID id) {
        return referrals.lock(id).filter(r -> Agency.of(liaison).contains(r.agency())).orElseThrow(() -> new NotFoundException("referral"));
    }

    private static UUID cursorId(Cursor cursor) {
        try {
            return UUID.fromString(cursor.id());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cursor", "error.cursor");
        }
    }
}
