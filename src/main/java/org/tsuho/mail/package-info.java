/**
 * Mail: everything Tsuho sends by mail goes through a transactional outbox ({@code mail_outbox}). Company mail
 * (receipt acknowledgements, requests for information, served notices and rulings with their PDF) and staff mail
 * (task assignments, the daily due-soon digest) are written by listeners of the other modules' events inside the
 * transaction of the change, deduplicated by business key, and sent by {@link org.tsuho.mail.OutboxSender} with
 * retries and a stable Message-ID. Nothing depends on this module.
 */
package org.tsuho.mail;
