package org.tsuho.notification;

/** Where an asset notification stands. */
public enum NotificationStatus {
    /** Checked, waiting for (or in) the case worker's review. */
    UNDER_REVIEW,
    /** The case worker asked the operator for information. */
    INFORMATION_REQUESTED,
    /** Accepted: its computers are in the registry. */
    ACCEPTED,
    /** The product needs no notification by public notice; closed without review. */
    EXCLUDED
}
