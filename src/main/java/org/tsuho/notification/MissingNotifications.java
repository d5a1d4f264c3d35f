package org.tsuho.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.intake.ReportKind;
import org.tsuho.intake.ReportReceived;
import org.tsuho.intake.StoredReport;
import org.tsuho.platform.database.Jdbc;

/**
 * Flags a case whose incident report names an affected system that its operator never notified (届出): one
 * timeline entry per such system, and the case's missing-notification flag. A voluntary report is never flagged:
 * an operator that is not designated owes no notification.
 */
@Service
public class MissingNotifications {

    private final AssetNotifications notifications;
    private final CaseFiles cases;
    private final JdbcClient jdbc;
    private final Clock clock;

    MissingNotifications(AssetNotifications notifications, CaseFiles cases, JdbcClient jdbc, Clock clock) {
        this.notifications = notifications;
        this.cases = cases;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Runs in the transaction that filed the report. */
    @EventListener
    void on(ReportReceived received) {
        if (received.kind() == ReportKind.INCIDENT) {
            check(received.caseId(), received.report());
        }
    }

    @Transactional
    void check(UUID caseId, StoredReport report) {
        if (report.voluntary()) {
            return;
        }
        Instant now = clock.instant();
        for (String system : report.affectedSystems()) {
            String key = SystemNames.key(system);
            if (notifications.notified(report.companyId(), key)) {
                continue;
            }
            int flagged = jdbc.sql("""
                    insert into unnotified_systems (case_id, system_key, name, report_id, flagged_at) values (?, ?, ?, ?, ?)
                    on conflict do nothing
                    """)
                    .params(caseId, key, system.strip(), report.id(), Jdbc.ts(now)).update();
            if (flagged == 1) {
                cases.record(caseId, NotificationSteps.SYSTEM, "MISSING_NOTIFICATION", system.strip());
            }
        }
    }

    @Transactional(readOnly = true)
    public MissingNotification of(UUID caseId) {
        List<MissingNotification.UnnotifiedSystem> systems = jdbc.sql("""
                select u.name, r.receipt_number, u.flagged_at, u.proceeding_id from unnotified_systems u
                  join reports r on r.id = u.report_id
                 where u.case_id = ? order by u.flagged_at, u.name
                """)
                .param(caseId)
                .query((rs, n) -> new MissingNotification.UnnotifiedSystem(rs.getString("name"), rs.getString("receipt_number"),
                        Jdbc.instant(rs, "flagged_at"), rs.getObject("proceeding_id", UUID.class)))
                .list();
        return new MissingNotification(!systems.isEmpty(), systems);
    }

    /** The flagged systems of the case that no proceeding took yet are now the failures of this one. */
    @Transactional
    void takenBy(UUID caseId, List<String> names, UUID proceedingId) {
        for (String name : names) {
            jdbc.sql("update unnotified_systems set proceeding_id = ? where case_id = ? and system_key = ? and proceeding_id is null")
                    .params(proceedingId, caseId, SystemNames.key(name)).update();
        }
    }

    /** The names under which proceedings took this system of the operator as never notified. */
    List<String> namesInProceedings(String companyId, String systemName) {
        return jdbc.sql("""
                select distinct u.name from unnotified_systems u join cases c on c.id = u.case_id
                 where c.company_id = ? and u.system_key = ? and u.proceeding_id is not null
                """)
                .params(companyId, SystemNames.key(systemName)).query(String.class).list();
    }

    /** How many of the operator's cases carry the flag. */
    @Transactional(readOnly = true)
    public int flaggedCases(String companyId) {
        return jdbc.sql("select count(distinct u.case_id) from unnotified_systems u join cases c on c.id = u.case_id where c.company_id = ?")
                .param(companyId).query(Integer.class).single();
    }
}
