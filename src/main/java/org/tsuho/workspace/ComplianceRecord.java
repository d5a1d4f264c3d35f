package org.tsuho.workspace;

import java.util.List;
import org.tsuho.intake.StoredReport;
import org.tsuho.notification.AssetNotification;
import org.tsuho.notification.CriticalComputer;
import org.tsuho.notification.ProceedingRequest;
import org.tsuho.registry.RegistryChanges;
import org.tsuho.registry.RegistryEntry;
import org.tsuho.registry.Sector;

/**
 * An operator's compliance record at a glance, for staff: its registry entry, the specified critical computers
 * it notified (with versions), its notifications and recent reports, the cases flagged for a missing
 * notification, the proceedings requested, and every change to its entry.
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
        List<ProceedingRequest> proceedingRequests,
        List<RegistryChanges.Change> changes) {
}
