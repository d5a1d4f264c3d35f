package org.tsuho.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A specified critical computer (特定重要電子計算機) of an operator, with every accepted version, newest first. */
public record CriticalComputer(UUID id, String companyId, String name, Instant registeredAt, List<Version> versions) {

    public CriticalComputer {
        versions = List.copyOf(versions);
    }

    /** One accepted notification of the computer: what it runs and since when. */
    public record Version(int version, String product, LocalDate introducedOn, String receiptNumber, UUID caseId,
                          String acceptedBy, Instant acceptedAt) {
    }

    public Version current() {
        return versions.get(0);
    }
}
