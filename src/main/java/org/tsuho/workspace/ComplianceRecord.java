package org.tsuho.workspace;

import java.util.List;
import org.tsuho.enforcement.ProceedingSummary;
import org.tsuho.intake.StoredReport;
import org.tsuho.notification.AssetNotification;
import org.tsuho.notification.CriticalComputer;
import org.tsuho.registry.RegistryChanges;
import org.tsuho.registry.RegistryEntry;
import org.tsuho.registry.Sector;

/**
 * An operator's compliance record at a glance, for staff: its registry entry, the specified critical computers
 * it notified (with versions), its notifications and recent reports, the cases flagged for a missing
 * notification, its penalty proceedings, and every change to its entry.
 *
 * @param reports     the most recent reports, newest first (at most {@link ComplianceRecords#RECENT_REPORTS})
 * @param lateReports how many of those came after their deadline
 */
public record ComplianceRecord(
        RegistryEntry entry,
        Sector sector,
        List<CriticalComputer> computers,
        List<AssetNotification> notifications,
        List<StoredReport> reports,
        long lateReports,
        int flaggedCases,
        List<ProceedingSummary> proceedings,
        List<RegistryChanges.Change> changes) {
}
