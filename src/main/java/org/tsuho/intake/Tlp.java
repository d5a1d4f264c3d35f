package org.tsuho.intake;

import java.util.Arrays;
import java.util.Optional;

/** Traffic Light Protocol 2.0 labels, least to most restrictive. */
public enum Tlp {
    CLEAR("CLEAR"), GREEN("GREEN"), AMBER("AMBER"), AMBER_STRICT("AMBER+STRICT"), RED("RED");

    private final String label;

    Tlp(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Tlp> ofLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst();
    }
}
