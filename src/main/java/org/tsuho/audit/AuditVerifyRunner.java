package org.tsuho.audit;

import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The command-line check ({@link AuditCommandLine}): prints the result; the exit code says whether the chain holds. */
@Component
@ConditionalOnProperty("tsuho.audit.verify")
class AuditVerifyRunner implements ApplicationRunner, ExitCodeGenerator {

    private final AuditTrail trail;
    private final PrintStream out;
    private int exitCode = 1;

    AuditVerifyRunner(AuditTrail trail) {
        this.trail = trail;
        this.out = System.out;
    }

    @Override
    public void run(ApplicationArguments args) {
        AuditVerification result = trail.verify();
        out.println("audit trail entries checked: " + result.checked());
        out.println("first broken link: " + (result.intact() ? "none"
                : "entry " + result.firstBrokenSeq() + " (" + result.problem() + ")"));
        out.println("head: entry " + result.headSeq() + " sha256 " + result.headHash());
        exitCode = result.intact() ? 0 : 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
