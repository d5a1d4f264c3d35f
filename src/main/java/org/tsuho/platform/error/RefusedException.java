package org.tsuho.platform.error;

/** A role or separation-of-duties rule forbids this action; the message names the rule. */
public class RefusedException extends RuntimeException {
    public RefusedException(String rule) {
        super(rule);
    }
}
