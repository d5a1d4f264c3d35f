package org.tsuho.notification;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsuho.audit.AuditTrail;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.identity.Actor;
import org.tsuho.intake.Reports;
import org.tsuho.platform.database.Jdbc;
import org.tsuho.platform.error.NotFoundException;
import org.tsuho.tasks.Tasks;
import org.tsuho.triage.InformationRequests;

/** Assembles {@link NotificationView} for the review page. */
@Service
public class NotificationViews {

    private final AssetNotifications notifications;
    private final Exclusions exclusions;
    private final CriticalComputers computers;
    private final Reports reports;
    private final CaseFiles cases;
    private final InformationRequests requests;
    private final Tasks tasks;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    NotificationViews(AssetNotifications notifications, Exclusions exclusions, CriticalComputers computers, Reports reports,
                      CaseFiles cases, InformationRequests requests, Tasks tasks, AuditTrail audit, JdbcClient jdbc) {
        this.notifications = notifications;
        this.exclusions = exclusions;
        this.computers = computers;
        this.reports = reports;
        this.cases = cases;
        this.requests = requests;
        this.tasks = tasks;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /**
     * The notification a case was opened for; a case that is not a notification is "not found". The staff read is
     * audited (so the transaction is not read-only).
     */
    @Transactional
    public NotificationView of(Actor reader, UUID caseId) {
        AssetNotification notification = notifications.ofCase(caseId).orElseThrow(() -> new NotFoundException("notification"));
        audit.recordRead(reader, "NOTIFICATION", notification.reportId(), caseId);
        List<CriticalComputer> registry = computers.ofCompany(notification.companyId());
        List<NotificationView.SystemLine> systems = notification.systems().stream()
                .map(name -> new NotificationView.SystemLine(name, registry.stream()
                        .filter(c -> SystemNames.key(c.name()).equals(SystemNames.key(name))).findFirst().orElse(null)))
                .toList();
        return new NotificationView(
                cases.get(caseId),
                reports.find(notification.reportId()).orElseThrow(),
                notification,
                notification.excludedBy() == null ? null : exclusions.find(notification.excludedBy()).orElse(null),
                systems,
                requests.ofCase(caseId),
                reviews(caseId),
                tasks.ofCase(caseId).stream().filter(t -> NotificationSteps.REVIEW_TASK.equals(t.taskKey())).findFirst().orElse(null),
                cases.timeline(caseId));
    }

    private List<NotificationView.Review> reviews(UUID caseId) {
        return jdbc.sql("select * from notification_reviews where case_id = ? order by decided_at, id")
                .param(caseId)
                .query((rs, n) -> new NotificationView.Review(rs.getString("decided_by"), Jdbc.instant(rs, "decided_at"),
                        rs.getString("decision"), rs.getString("rationale"), rs.getObject("request_id", UUID.class)))
                .list();
    }
}
