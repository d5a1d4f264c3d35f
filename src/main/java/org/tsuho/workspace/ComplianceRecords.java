package org.tsuho.workspace;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsuho.audit.AuditTrail;
import org.tsuho.enforcement.ProceedingViews;
import org.tsuho.identity.Actor;
import org.tsuho.intake.Reports;
import org.tsuho.intake.StoredReport;
import org.tsuho.notification.AssetNotifications;
import org.tsuho.notification.CriticalComputers;
import org.tsuho.notification.MissingNotifications;
import org.tsuho.registry.Registry;
import org.tsuho.registry.RegistryEntry;

/** Assembles an operator's {@link ComplianceRecord} from the registry, notifications and reports. */
@Service
public class ComplianceRecords {

    static final int RECENT_REPORTS = 100;

    private final Registry registry;
    private final CriticalComputers computers;
    private final AssetNotifications notifications;
    private final Reports reports;
    private final MissingNotifications missing;
    private final ProceedingViews proceedings;
    private final AuditTrail audit;

    ComplianceRecords(Registry registry, CriticalComputers computers, AssetNotifications notifications, Reports reports,
                      MissingNotifications missing, ProceedingViews proceedings, AuditTrail audit) {
        this.registry = registry;
        this.computers = computers;
        this.notifications = notifications;
        this.reports = reports;
        this.missing = missing;
        this.proceedings = proceedings;
        this.audit = audit;
    }

    /** An operator's entry (with its reporting contacts, personal data): the staff read is audited. */
    @Transactional
    public RegistryEntry entry(Actor reader, String corporateNumber) {
        RegistryEntry entry = registry.get(corporateNumber);
        audit.record(reader, null, "OPERATOR_READ", corporateNumber);
        return entry;
    }

    /** The whole compliance record; the staff read is audited (so the transaction is not read-only). */
    @Transactional
    public ComplianceRecord of(Actor reader, String corporateNumber) {
        RegistryEntry entry = entry(reader, corporateNumber);
        List<StoredReport> recent = reports.ofCompany(corporateNumber, null, null, RECENT_REPORTS);
        return new ComplianceRecord(
                entry,
                registry.sectors().stream().filter(s -> s.code().equals(entry.sector())).findFirst().orElse(null),
                computers.ofCompany(corporateNumber),
                notifications.ofCompany(corporateNumber),
                recent,
                recent.stream().filter(StoredReport::late).count(),
                missing.flaggedCases(corporateNumber),
                proceedings.ofCompany(corporateNumber),
                registry.changes(corporateNumber));
    }
}
