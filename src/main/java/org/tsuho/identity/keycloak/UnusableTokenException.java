package org.tsuho.identity.keycloak;

/** A signature-valid token that still does not say who may act, e.g. a company user without {@code company_id}. */
class UnusableTokenException extends RuntimeException {

    UnusableTokenException(String message) {
        super(message);
    }
}
