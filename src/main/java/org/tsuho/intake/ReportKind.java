package org.tsuho.intake;

/** What a company files: an incident report (Art. 5) or an asset notification (Art. 4). */
public enum ReportKind {
    INCIDENT, ASSET_NOTIFICATION
}
