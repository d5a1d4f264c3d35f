package org.tsuho.enforcement;

/** What a supervisor decides at the end of the explanation period. */
public enum Disposition {
    NO_ACTION,
    /** 命令 (Art. 6): file what is missing by a deadline. */
    ORDER,
    /** The regulator's own fine: only under the {@code administrative-fine} regime. */
    ADMINISTRATIVE_FINE
}
