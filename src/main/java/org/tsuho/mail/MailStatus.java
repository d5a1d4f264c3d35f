package org.tsuho.mail;

/** Where an outbox mail stands. */
public enum MailStatus {
    /** Waiting to be sent at its next attempt time. */
    PENDING,
    /** Claimed by a worker until its lease ends. */
    SENDING,
    SENT,
    /** Given up after the last attempt; an administrator may send it again. */
    FAILED
}
