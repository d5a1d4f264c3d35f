package org.tsuho.appeal;

/**
 * {@code POST /api/v1/appeals}: the DISPOSITION notice appealed, the day the company learned of it (YYYY-MM-DD),
 * the grounds, and why it is late if it is (行政不服審査法 第18条第1項ただし書の正当な理由).
 */
public record AppealRequest(String noticeId, String learnedOn, String grounds, String lateReason) {
}
