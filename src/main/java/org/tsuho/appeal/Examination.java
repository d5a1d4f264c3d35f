package org.tsuho.appeal;

/**
 * {@code examine-appeal}: the examiner's record of the hearing — the disposing unit's statement (弁明書), the
 * oral statement (口頭意見陳述) if one was held — the opinion (審理員意見書) and the ruling it recommends.
 */
public record Examination(String agencyStatement, String oralStatement, String opinion, String recommendedRuling) {
}
