package org.tsuho.enforcement;

import java.util.UUID;

/** Everything an order required was filed during its compliance watch. */
public record OrderComplied(UUID proceedingId) {
}
