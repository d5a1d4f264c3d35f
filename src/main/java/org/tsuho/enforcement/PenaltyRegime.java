package org.tsuho.enforcement;

import java.util.Arrays;
import java.util.Optional;

/** How failures to report are sanctioned (domain.md §2); the rulebook chooses one. */
public enum PenaltyRegime {
    /** Order (命令, Art. 6) with a deadline; if it is ignored, referral for the court fine. */
    JP_ACD("jp-acd"),
    /** The regulator's own fine per failure, capped (NIS2-style supervisors). */
    ADMINISTRATIVE_FINE("administrative-fine");

    private final String label;

    PenaltyRegime(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<PenaltyRegime> ofLabel(String label) {
        return Arrays.stream(values()).filter(r -> r.label.equals(label)).findFirst();
    }
}
