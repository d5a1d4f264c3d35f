package org.tsuho.enforcement;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;
import org.tsuho.deadline.Rulebook;

/**
 * The regime a new proceeding opens under: the rulebook's {@code penalty-regime}, read when the proceeding opens and
 * kept on it. {@link #override} replaces it for proceedings opened afterwards, so one running system (and its
 * tests) can exercise both regimes; {@link #useRulebook} goes back to the rulebook.
 */
@Component
public class PenaltyRegimes {

    private final PenaltyRegime configured;
    private final AtomicReference<PenaltyRegime> override = new AtomicReference<>();

    PenaltyRegimes(Rulebook rulebook) {
        String label = rulebook.settings().penaltyRegime();
        this.configured = PenaltyRegime.ofLabel(label).orElseThrow(() -> new IllegalStateException(
                "tsuho.rulebook.penalty-regime is '" + label + "'; it must be jp-acd or administrative-fine"));
    }

    public PenaltyRegime current() {
        PenaltyRegime chosen = override.get();
        return chosen == null ? configured : chosen;
    }

    public void override(PenaltyRegime regime) {
        override.set(regime);
    }

    public void useRulebook() {
        override.set(null);
    }
}
