package org.tsuho.platform.error;

/** Well-formed but unusable, such as an Idempotency-Key reused with another body (422). */
public class UnprocessableException extends RuntimeException {
    public UnprocessableException(String detail) {
        super(detail);
    }
}
