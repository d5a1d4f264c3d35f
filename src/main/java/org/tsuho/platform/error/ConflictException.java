package org.tsuho.platform.error;

/** The record is in the wrong state for this action (already answered, task held by someone else...). */
public class ConflictException extends RuntimeException {
    public ConflictException(String detail) {
        super(detail);
    }
}
