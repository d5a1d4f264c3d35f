package org.tsuho.platform.paging;

import java.util.List;

/** A page of a list (api.md): {@code nextCursor} is null on the last page. */
public record Page<T>(List<T> items, String nextCursor) {
}
