package org.tsuho.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means the database is away (down, restarting, unreachable, or the pool found no connection in
 * time) rather than a fault of the request or the code. Such failures arrive wrapped in many ways — by Spring's
 * transaction manager, by the engine around its persistence layer, by Spring Security around the account lookup —
 * so the whole cause chain is searched, with the failure a failed rollback overrode, a batch's next exception and
 * suppressed failures.
 */
final class DatabaseOutage {

    /** Seconds a client should wait before retrying; the pool gives up on a connection after a few seconds too. */
    static final int RETRY_AFTER_SECONDS = 5;
    private static final int MAX_DEPTH = 25;

    private DatabaseOutage() {
    }

    static boolean isCause(Throwable failure) {
        return isCause(failure, 0);
    }

    private static boolean isCause(Throwable t, int depth) {
        if (t == null || depth > MAX_DEPTH) {
            return false;
        }
        if (t instanceof CannotGetJdbcConnectionException || t instanceof DataAccessResourceFailureException
                || t instanceof CannotCreateTransactionException || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException || t instanceof ConnectException) {
            return true;
        }
        if (t instanceof SQLException sql && connectionLost(sql.getSQLState())) {
            return true;
        }
        // A rollback on the connection that died fails too, and then carries the original failure beside its cause.
        if (t instanceof TransactionSystemException rollback && isCause(rollback.getApplicationException(), depth + 1)) {
            return true;
        }
        // A failed batch (the engine flushes its inserts as one) keeps the connection error as the next exception.
        if (t instanceof SQLException sql && sql.getNextException() != sql && isCause(sql.getNextException(), depth + 1)) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (isCause(suppressed, depth + 1)) {
                return true;
            }
        }
        return t.getCause() != t && isCause(t.getCause(), depth + 1);
    }

    /** SQLSTATE class 08 (connection exception) and 57P01–57P03 (the server is shutting down or not yet up). */
    private static boolean connectionLost(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }
}
