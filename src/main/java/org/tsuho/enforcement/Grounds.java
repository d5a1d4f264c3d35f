package org.tsuho.enforcement;

import java.time.Instant;

/** Why a case worker asked for the proceeding (triage rationale or the grounds given to the API). */
public record Grounds(String text, String givenBy, Instant givenAt) {
}
