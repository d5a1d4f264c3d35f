package org.tsuho.enforcement;

/** What a company failed to do. */
public enum FailureType {
    /** A flash or detailed report came after its deadline. */
    LATE_REPORT,
    /** A detailed report was still missing when its deadline passed. */
    MISSING_REPORT,
    /** An asset notification (届出) was not filed in time. */
    MISSING_NOTIFICATION
}
