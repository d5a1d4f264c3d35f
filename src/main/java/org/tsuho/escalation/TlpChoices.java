package org.tsuho.escalation;

import java.util.List;
import org.tsuho.intake.Tlp;

/**
 * The markings a supervisor may give a case's referral packages: the most restrictive TLP of the case's reports (the
 * floor) and above, with the one a package gets when none is asked for.
 */
public record TlpChoices(Tlp floor, List<Tlp> allowed, Tlp preset) {
}
