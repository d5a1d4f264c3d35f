package org.tsuho.search;

import java.time.Instant;
import java.util.UUID;

/** A person's search kept under a name: the search screen's query string ({@link SearchParameters#queryString()}). */
public record SavedSearch(UUID id, String name, String query, Instant createdAt) {
}
