package org.tsuho.platform.error;

/** The record does not exist, or it is not the caller's to see: both answer 404 so nothing leaks. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(what + " not found");
    }
}
