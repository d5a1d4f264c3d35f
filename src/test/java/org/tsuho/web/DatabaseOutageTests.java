package org.tsuho.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean "the database is away" (503) and which do not, however they are wrapped. */
class DatabaseOutageTests {

    @Test
    void aConnectionCutByTheServer_wrappedAsTheEngineDoes_isAnOutage() {
        SQLException cut = new SQLException("FATAL: terminating connection due to administrator command", "57P01");
        RuntimeException engine = new RuntimeException("persistence layer", new RuntimeException("flush", cut));
        assertThat(DatabaseOutage.isCause(engine)).isTrue();
    }

    @Test
    void noConnectionInTime_atTransactionStart_isAnOutage() {
        CannotCreateTransactionException begin = new CannotCreateTransactionException("Could not open JDBC Connection",
                new SQLTransientConnectionException("request timed out after 5000ms", "08001", new ConnectException("refused")));
        assertThat(DatabaseOutage.isCause(new IllegalStateException("Request processing failed", begin))).isTrue();
    }

    @Test
    void aFailedRollback_thatOverrodeAnOutage_isAnOutage() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertThat(DatabaseOutage.isCause(rollback)).isTrue();
    }

    @Test
    void aBatchCutOff_reportingTheConnectionErrorAsItsNextException_isAnOutage() {
        java.sql.BatchUpdateException batch = new java.sql.BatchUpdateException("Batch entry 0 was aborted", new int[0]);
        batch.setNextException(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertThat(DatabaseOutage.isCause(new RuntimeException("flush failed", batch))).isTrue();
    }

    @Test
    void anOutageSuppressedByALaterFailure_isAnOutage() {
        IllegalStateException closing = new IllegalStateException("could not close the statement");
        closing.addSuppressed(new SQLException("This connection has been closed.", "08003"));
        assertThat(DatabaseOutage.isCause(closing)).isTrue();
    }

    @Test
    void anAccountLookupWithoutDatabase_isAnOutage() {
        assertThat(DatabaseOutage.isCause(new InternalAuthenticationServiceException("lookup failed",
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection")))).isTrue();
    }

    @Test
    void faultsOfTheRequestOrTheCode_areNot() {
        assertThat(DatabaseOutage.isCause(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseOutage.isCause(new IllegalStateException("bug"))).isFalse();
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new IllegalArgumentException("bug"));
        assertThat(DatabaseOutage.isCause(rollback)).isFalse();
    }
}
