/**
 * Audit: the tamper-evident trail of what people and the system did and read. {@link org.tsuho.audit.AuditTrail}
 * records an entry in the caller's transaction (every status change and decision through the case timeline, task
 * completions, disclosures to agencies, sign-ins and refusals, staff reads of protected records) and verifies the
 * hash chain; {@link org.tsuho.audit.AuditChain} defines the canonical form. A leaf module: it depends on no
 * business module, so every module may record into it.
 */
package org.tsuho.audit;
