package org.tsuho.platform.paging;

import org.tsuho.platform.error.InvalidInputException;

/** The {@code limit} of a list request: 1 to 200, 50 when not given (api.md). */
public final class Limit {

    public static final int DEFAULT = 50;
    public static final int MAX = 200;

    private Limit() {
    }

    public static int of(Integer requested) {
        if (requested == null) {
            return DEFAULT;
        }
        if (requested < 1 || requested > MAX) {
            throw new InvalidInputException("limit", "error.range", 1, MAX);
        }
        return requested;
    }
}
