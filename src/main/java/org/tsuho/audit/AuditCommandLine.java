package org.tsuho.audit;

import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar tsuho.jar --tsuho.audit.verify}: checks the audit trail of the configured database and exits 0
 * when the chain is intact, 1 when it is broken. It starts the application without the web server, the job executor
 * or scheduled jobs, so it can run beside the serving nodes; {@link AuditVerifyRunner} prints the result.
 */
public final class AuditCommandLine {

    static final String VERIFY = "--tsuho.audit.verify";

    private AuditCommandLine() {
    }

    public static boolean verifyRequested(String[] args) {
        return Arrays.stream(args).anyMatch(a -> a.equals(VERIFY)
                || a.startsWith(VERIFY + "=") && !a.equalsIgnoreCase(VERIFY + "=false"));
    }

    /** Runs the check and returns the process exit code. */
    public static int verify(Class<?> application, String[] args) {
        SpringApplication app = new SpringApplication(application);
        app.setWebApplicationType(WebApplicationType.NONE);
        String[] quiet = Stream.concat(Arrays.stream(args), Stream.of(
                "--operaton.bpm.job-execution.enabled=false",
                "--tsuho.retention.cron=-",
                "--spring.main.banner-mode=off")).toArray(String[]::new);
        ConfigurableApplicationContext context = app.run(quiet);
        return SpringApplication.exit(context);
    }
}
