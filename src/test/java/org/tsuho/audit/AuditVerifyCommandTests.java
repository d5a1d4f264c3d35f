package org.tsuho.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsuho.TsuhoApplication;
import org.tsuho.identity.Actor;
import org.tsuho.identity.Role;
import org.tsuho.support.AuditLog;
import org.tsuho.support.TsuhoIntegrationTest;

/**
 * {@code java -jar tsuho.jar --tsuho.audit.verify} against the test database: a second application, without a web
 * server, prints what it checked and exits 0 for an intact chain and 1 for a broken one.
 */
@TsuhoIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AuditVerifyCommandTests {

    @Autowired
    AuditTrail trail;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theCommandReportsTheCheckAndExitsByTheResult(CapturedOutput output) {
        transactions.executeWithoutResult(tx -> trail.record(new Actor("worker-1", "worker-1", Set.of(Role.CASE_WORKER), null),
                null, "COMMAND_CHECK", "check"));
        long seq = AuditLog.mark(trail);

        assertThat(AuditCommandLine.verify(TsuhoApplication.class, arguments())).isZero();
        assertThat(output.getOut()).contains("entries checked", "first broken link: none", trail.head().orElseThrow().hash());

        maintenance("update audit_entries set detail = 'rewritten' where seq = ?", seq);
        try {
            assertThat(AuditCommandLine.verify(TsuhoApplication.class, arguments())).isEqualTo(1);
            assertThat(output.getOut()).contains("first broken link: entry " + seq + " (HASH_MISMATCH)");
        } finally {
            maintenance("update audit_entries set detail = 'check' where seq = ?", seq);
        }
    }

    @Test
    void onlyTheVerifyArgumentSelectsTheCommand() {
        assertThat(AuditCommandLine.verifyRequested(new String[] {"--tsuho.audit.verify"})).isTrue();
        assertThat(AuditCommandLine.verifyRequested(new String[] {"--server.port=0", "--tsuho.audit.verify=true"})).isTrue();
        assertThat(AuditCommandLine.verifyRequested(new String[] {"--server.port=0"})).isFalse();
        assertThat(AuditCommandLine.verifyRequested(new String[] {"--tsuho.audit.verifyx"})).isFalse();
        assertThat(AuditCommandLine.verifyRequested(new String[] {"--tsuho.audit.verify=false"})).isFalse();
    }

    /** The running test database, named the way an operator names the production one. */
    private String[] arguments() {
        HikariDataSource pool = (HikariDataSource) dataSource;
        return new String[] {"--tsuho.audit.verify", "--spring.datasource.url=" + pool.getJdbcUrl(),
                "--spring.datasource.username=" + pool.getUsername(), "--spring.datasource.password=",
                "--spring.datasource.hikari.maximum-pool-size=2",
                // a second engine in this JVM must not take over the name of the test application's engine
                "--operaton.bpm.process-engine-name=audit-verify"};
    }

    private void maintenance(String sql, Object... args) {
        transactions.executeWithoutResult(tx -> {
            jdbc.execute("set local tsuho.audit_maintenance = 'on'");
            jdbc.update(sql, args);
        });
    }
}
