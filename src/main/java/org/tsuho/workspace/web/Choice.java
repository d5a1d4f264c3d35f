package org.tsuho.workspace.web;

/** A yes/no radio button as the forms send it. Anything else counts as no answer, which the completion names. */
final class Choice {

    private Choice() {
    }

    static Boolean of(String value) {
        if ("true".equals(value)) {
            return Boolean.TRUE;
        }
        return "false".equals(value) ? Boolean.FALSE : null;
    }
}
