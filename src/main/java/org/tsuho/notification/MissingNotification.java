package org.tsuho.notification;

import java.time.Instant;
import java.util.List;

/**
 * The missing-notification flag of a case: the systems its incident reports named that the operator never
 * notified (empty: not flagged).
 */
public record MissingNotification(boolean flagged, List<UnnotifiedSystem> systems) {

    public MissingNotification {
        systems = List.copyOf(systems);
    }

    /** A system an incident report named, and which report first named it. */
    public record UnnotifiedSystem(String name, String receiptNumber, Instant flaggedAt) {
    }
}
