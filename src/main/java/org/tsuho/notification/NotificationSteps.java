package org.tsuho.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.casefile.CaseStatus;
import org.tsuho.deadline.Rulebook;
import org.tsuho.intake.Reports;
import org.tsuho.intake.StoredReport;
import org.tsuho.tasks.TaskClaimed;
import org.tsuho.triage.TriageSteps;

/**
 * What the asset-notification process does at each automatic step, and the case status that follows. Requests
 * for information are the triage module's (the company answers them like any other); this module only waits for
 * the answer.
 */
@Service
public class NotificationSteps {

    static final String SYSTEM = "system";
    static final String REVIEW_TASK = "review-notification";

    private final AssetNotifications notifications;
    private final Exclusions exclusions;
    private final CriticalComputers computers;
    private final Reports reports;
    private final CaseFiles cases;
    private final TriageSteps triage;
    private final MissingNotificationProceedings proceedings;
    private final Rulebook rulebook;
    private final Clock clock;

    NotificationSteps(AssetNotifications notifications, Exclusions exclusions, CriticalComputers computers, Reports reports,
                      CaseFiles cases, TriageSteps triage, MissingNotificationProceedings proceedings, Rulebook rulebook, Clock clock) {
        this.notifications = notifications;
        this.exclusions = exclusions;
        this.computers = computers;
        this.reports = reports;
        this.cases = cases;
        this.triage = triage;
        this.proceedings = proceedings;
        this.rulebook = rulebook;
        this.clock = clock;
    }

    /**
     * Records the notification and checks it: is it a duplicate of an earlier one (recorded for the reviewer), and
     * does a public notice exclude its product? A proceeding waiting for one of its systems to be notified records the
     * filing. Checking the same notification again answers from the first check.
     *
     * @return whether the product is excluded, which routes the process
     */
    @Transactional
    public boolean check(UUID caseId, UUID reportId) {
        Optional<AssetNotification> earlier = notifications.find(reportId);
        if (earlier.isPresent()) {
            return earlier.get().excludedBy() != null;
        }
        StoredReport report = reports.find(reportId).orElseThrow();
        List<String> systems = systemsOf(report);
        Optional<UUID> duplicateOf = notifications.duplicateOf(reportId, report.companyId(), report.title(), report.introducedOn(), systems);
        Optional<Exclusion> exclusion = exclusions.covering(report.title(), report.introducedOn());
        notifications.insert(reportId, caseId, report.companyId(), report.title(), report.introducedOn(), systems,
                duplicateOf.orElse(null), exclusion.map(Exclusion::id).orElse(null), NotificationStatus.UNDER_REVIEW, clock.instant());
        cases.record(caseId, SYSTEM, "NOTIFICATION_CHECKED", String.join(", ", systems));
        duplicateOf.ifPresent(id -> cases.record(caseId, SYSTEM, "POSSIBLE_DUPLICATE",
                reports.find(id).map(StoredReport::receiptNumber).orElse(null)));
        proceedings.notified(report.companyId(), systems, report.submittedAt());
        return exclusion.isPresent();
    }

    /** The product needs no notification: the case closes, naming the notice. */
    @Transactional
    public void closeExcluded(UUID caseId, UUID reportId) {
        AssetNotification notification = notifications.find(reportId).orElseThrow();
        notifications.changeStatus(reportId, NotificationStatus.EXCLUDED, clock.instant());
        String notice = notification.excludedBy() == null ? null
                : exclusions.find(notification.excludedBy()).map(Exclusion::notice).orElse(null);
        cases.changeStatus(caseId, CaseStatus.CLOSED, SYSTEM, "NOTIFICATION_EXCLUDED", notice);
    }

    public Instant reviewDue() {
        return rulebook.notificationReviewDue(clock.instant());
    }

    /** The request is out (case AWAITING_INFORMATION); returns when the company is to be reminded. */
    @Transactional
    public Instant informationRequested(UUID caseId, UUID reportId, UUID requestId) {
        notifications.changeStatus(reportId, NotificationStatus.INFORMATION_REQUESTED, clock.instant());
        return triage.informationRequested(caseId, requestId);
    }

    @Transactional
    public void remind(UUID caseId, UUID requestId) {
        triage.remind(caseId, requestId);
    }

    /** The company answered: the notification is reviewed again. */
    @Transactional
    public void resumeReview(UUID caseId, UUID reportId) {
        notifications.changeStatus(reportId, NotificationStatus.UNDER_REVIEW, clock.instant());
        cases.changeStatus(caseId, CaseStatus.TRIAGE, SYSTEM, "REVIEW_RESUMED", null);
    }

    /**
     * Accepted: each computer the notification names enters the operator's registry, or gets a new version when
     * the notification changes it. The case closes.
     */
    @Transactional
    public void register(UUID caseId, UUID reportId, String acceptedBy) {
        AssetNotification notification = notifications.find(reportId).orElseThrow();
        Instant now = clock.instant();
        Map<String, Integer> versions = new LinkedHashMap<>();
        for (String system : notification.systems()) {
            versions.put(system, computers.register(notification.companyId(), system, notification.product(),
                    notification.introducedOn(), reportId, acceptedBy, now));
        }
        notifications.changeStatus(reportId, NotificationStatus.ACCEPTED, now);
        List<String> registered = new ArrayList<>();
        versions.forEach((system, version) -> registered.add(system + " v" + version));
        cases.record(caseId, SYSTEM, "COMPUTERS_REGISTERED", String.join(", ", registered));
        cases.changeStatus(caseId, CaseStatus.CLOSED, SYSTEM, "CASE_CLOSED", null);
    }

    /** The first case worker to take a new notification starts its review. */
    @EventListener
    void on(TaskClaimed claimed) {
        if (REVIEW_TASK.equals(claimed.taskKey()) && cases.get(claimed.caseId()).status() == CaseStatus.RECEIVED) {
            cases.changeStatus(claimed.caseId(), CaseStatus.TRIAGE, claimed.username(), "REVIEW_STARTED", null);
        }
    }

    /** The computers a notification names: its affected systems, or else its product; each name once. */
    static List<String> systemsOf(StoredReport report) {
        Map<String, String> byKey = new LinkedHashMap<>();
        List<String> named = report.affectedSystems().isEmpty() ? List.of(report.title()) : report.affectedSystems();
        named.forEach(name -> byKey.putIfAbsent(SystemNames.key(name), name.strip()));
        return List.copyOf(byKey.values());
    }
}
