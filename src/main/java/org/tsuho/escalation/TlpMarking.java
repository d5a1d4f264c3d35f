package org.tsuho.escalation;

import java.util.Locale;
import org.tsuho.intake.Tlp;

/**
 * The official STIX 2.1 marking-definition objects of TLP 2.0 (OASIS CTI common objects, extension
 * {@code extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d}). Ids and creation time are part of the
 * published objects: partners recognise the marking by them, so they are never generated.
 */
enum TlpMarking {
    CLEAR(Tlp.CLEAR, "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487"),
    GREEN(Tlp.GREEN, "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"),
    AMBER(Tlp.AMBER, "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"),
    AMBER_STRICT(Tlp.AMBER_STRICT, "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003"),
    RED(Tlp.RED, "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1");

    static final String EXTENSION_DEFINITION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";
    static final String CREATED = "2022-10-01T00:00:00.000Z";

    private final Tlp tlp;
    private final String id;

    TlpMarking(Tlp tlp, String id) {
        this.tlp = tlp;
        this.id = id;
    }

    String id() {
        return id;
    }

    /** {@code TLP:AMBER+STRICT} */
    String markingName() {
        return "TLP:" + tlp.label();
    }

    /** The extension's value: {@code amber+strict} */
    String level() {
        return tlp.label().toLowerCase(Locale.ROOT);
    }

    static TlpMarking of(Tlp tlp) {
        for (TlpMarking marking : values()) {
            if (marking.tlp == tlp) {
                return marking;
            }
        }
        throw new IllegalArgumentException("no TLP 2.0 marking for " + tlp);
    }
}
