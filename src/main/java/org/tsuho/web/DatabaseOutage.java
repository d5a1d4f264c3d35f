package org.tsuho.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means the database is away (down, restarting, unreachable, or the pool found no connection in
 * time) rather than a fault of the request or the code. Such failures arrive wrapped in many ways — by Spring's
 * transaction manager, by the engine around its persistence layer, by Spring Security around the account lookup —
 * so the whole cause chain is searched.
 */
final class DatabaseOutage {

    /** Seconds a client should wait before retrying; the pool gives up on a connection after a few seconds too. */
    static final int RETRY_AFTER_SECONDS = 5;
    private static final int MAX_DEPTH = 25;

    private DatabaseOutage() {
    }

    static boolean isCause(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && connectionLost(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 (connection exception) and 57P01–57P03 (the server is shutting down or not yet up). */
    private static boolean connectionLost(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }
}
