package org.tsuho.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The missing-notification flag of a case: the systems its incident reports named that the operator never
 * notified (empty: not flagged), and for each the penalty proceeding that took it, once a case worker asked.
 */
public record MissingNotification(boolean flagged, List<UnnotifiedSystem> systems) {

    public MissingNotification {
        systems = List.copyOf(systems);
    }

    /** A system an incident report named, which report first named it, and the proceeding that took it (or null). */
    public record UnnotifiedSystem(String name, String receiptNumber, Instant flaggedAt, UUID proceedingId) {
    }

    /** Whether some flagged system is in no proceeding yet. */
    public boolean pending() {
        return systems.stream().anyMatch(s -> s.proceedingId() == null);
    }
}
