package org.tsuho.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.casefile.CaseSummary;
import org.tsuho.enforcement.Failure;
import org.tsuho.enforcement.FailureDetection;
import org.tsuho.enforcement.Proceedings;
import org.tsuho.identity.Actor;
import org.tsuho.identity.Role;
import org.tsuho.platform.error.ConflictException;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.platform.error.RefusedException;

/**
 * Opens a penalty proceeding for a case's missing notification in one step: every flagged system no proceeding took
 * yet becomes a MISSING_NOTIFICATION failure of the proceeding the enforcement module opens (or of the one already
 * open for the case). A voluntary case never leads to a proceeding.
 */
@Service
public class MissingNotificationProceedings {

    static final int MAX_GROUNDS = 4000;
    /** A failure's reference is at most this long (the proceedings' column): longer system names are shortened. */
    static final int MAX_REFERENCE = 40;

    private final MissingNotifications missing;
    private final Proceedings proceedings;
    private final FailureDetection failures;
    private final CaseFiles cases;

    MissingNotificationProceedings(MissingNotifications missing, Proceedings proceedings, FailureDetection failures, CaseFiles cases) {
        this.missing = missing;
        this.proceedings = proceedings;
        this.failures = failures;
        this.cases = cases;
    }

    /**
     * @param grounds optional: why, in the case worker's words
     * @throws ConflictException when the case is voluntary, not flagged, or every flagged system is already in a proceeding
     */
    @Transactional
    public Proceedings.Opened request(Actor actor, UUID caseId, String grounds) {
        if (!actor.has(Role.CASE_WORKER)) {
            throw new RefusedException("Only a case worker may open a proceeding for a missing notification.");
        }
        if (grounds != null && grounds.strip().length() > MAX_GROUNDS) {
            throw new InvalidInputException("grounds", "error.length", 1, MAX_GROUNDS);
        }
        CaseSummary kase = cases.get(caseId);
        if (kase.voluntary()) {
            throw new ConflictException("A voluntary report (任意報告) never leads to a proceeding.");
        }
        MissingNotification flag = missing.of(caseId);
        if (!flag.flagged()) {
            throw new ConflictException("The case has no missing-notification flag.");
        }
        List<String> pending = flag.systems().stream().filter(s -> s.proceedingId() == null)
                .map(MissingNotification.UnnotifiedSystem::name).toList();
        if (pending.isEmpty()) {
            throw new ConflictException("Every system never notified is already a failure of a proceeding.");
        }
        Proceedings.Opened opened = proceedings.open(kase.companyId(), caseId,
                pending.stream().map(name -> Failure.missingNotification(reference(name), null)).toList(), actor,
                grounds == null || grounds.isBlank() ? null : grounds.strip());
        missing.takenBy(caseId, pending, opened.proceeding().id());
        return opened;
    }

    /**
     * The operator now notified these systems: a proceeding that lists one of them as never notified records the
     * filing (which is how an order to notify is complied with).
     */
    @Transactional
    public void notified(String companyId, List<String> systems, Instant filedAt) {
        for (String system : systems) {
            for (String name : missing.namesInProceedings(companyId, system)) {
                failures.notificationFiled(companyId, reference(name), filedAt);
            }
        }
    }

    /** The system's name, shortened to fit a failure's reference. */
    static String reference(String name) {
        return name.length() <= MAX_REFERENCE ? name : name.substring(0, MAX_REFERENCE - 1) + "…";
    }
}
