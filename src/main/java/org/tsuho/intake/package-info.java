/**
 * Intake: reports and notifications from companies. Validates a submission as a whole (every invalid field at
 * once), honours Idempotency-Key, numbers it, files it into a new or existing case, flags possible duplicates and
 * late reports, and announces {@link org.tsuho.intake.ReportReceived} in the same transaction.
 */
package org.tsuho.intake;
