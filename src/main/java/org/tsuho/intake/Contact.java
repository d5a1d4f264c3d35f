package org.tsuho.intake;

/** The company's contact for this report (personal data: never in a referral package or the audit trail). */
public record Contact(String name, String email, String phone) {
}
