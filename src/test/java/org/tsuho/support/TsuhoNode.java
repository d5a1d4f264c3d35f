package org.tsuho.support;

import static org.tsuho.support.ExternalProcessSupport.pause;
import static org.tsuho.support.ExternalProcessSupport.requiredProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tsuho as operators run it: the repackaged jar from {@code target/} in a JVM of its own, on a {@link PostgresServer},
 * with its job executor on. It can be killed with SIGKILL (no shutdown of any kind) and started again on the same
 * port and database. A small heap, because the build machine is shared. A JVM shutdown hook kills the process if
 * the test cannot.
 */
public final class TsuhoNode implements AutoCloseable {

    private static final String RUN_THROUGH_MAVEN = "run the resilience tests through Maven (verify)";

    private static final Duration STARTUP = Duration.ofMinutes(3);
    private static final Logger log = LoggerFactory.getLogger(TsuhoNode.class);

    private final String name;
    private final int port;
    private final List<String> command;
    private final Path logFile;
    private final Thread shutdownHook = new Thread(this::kill, "tsuho-node-kill");
    private Process process;

    private TsuhoNode(String name, int port, List<String> command, Path logFile) {
        this.name = name;
        this.port = port;
        this.command = command;
        this.logFile = logFile;
    }

    /**
     * Starts a node on a free port and waits until it is healthy.
     *
     * @param settings further {@code --name=value} arguments, such as rulebook periods
     */
    public static TsuhoNode start(String name, PostgresServer database, List<String> settings) {
        try {
            int port = PostgresServer.freePort();
            Path work = Path.of(requiredProperty("tsuho.test.work-directory", RUN_THROUGH_MAVEN));
            Files.createDirectories(work);
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Duser.timezone=UTC",
                    "-jar", requiredProperty("tsuho.test.application-jar", RUN_THROUGH_MAVEN),
                    "--server.port=" + port,
                    "--spring.datasource.url=" + database.jdbcUrl(),
                    "--spring.datasource.username=" + database.username(),
                    "--spring.datasource.password=",
                    // Jobs made due by the test are picked up within two seconds (the executor backs off to a minute when idle)
                    "--operaton.bpm.job-execution.max-wait=2000",
                    "--tsuho.retention.cron=-"));
            command.addAll(settings);
            TsuhoNode node = new TsuhoNode(name, port, List.copyOf(command), work.resolve(name + ".log"));
            Runtime.getRuntime().addShutdownHook(node.shutdownHook);
            node.restart();
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the process (again) and waits until {@code /actuator/health} is UP. */
    public void restart() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        long start = System.nanoTime();
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitHealthy(STARTUP);
        log.info("{} (pid {}) up on port {} in {} s", name, process.pid(), port, Duration.ofNanos(System.nanoTime() - start).toSeconds());
    }

    /** Waits until the node reports itself healthy, e.g. after its database came back. */
    public void awaitHealthy(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
            }
            if (healthStatus() == 200) {
                return;
            }
            pause(500);
        }
        throw new IllegalStateException(name + " was not healthy within " + timeout + ":\n" + tail());
    }

    /** The status of {@code /actuator/health}: 200 UP, 503 DOWN, or -1 when nothing answers. */
    public int healthStatus() {
        try {
            return api().get("/actuator/health").status();
        } catch (UncheckedIOException | IllegalStateException noAnswer) {
            return -1;
        }
    }

    /** SIGKILL: the process ends at once, with no shutdown hook, no flush and no goodbye to the database. */
    public void kill() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " survived SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public ApiClient api() {
        return ApiClient.on(port);
    }

    public int port() {
        return port;
    }

    /** Stops the node politely, then forcibly if it hangs. */
    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs anyway
        }
    }

    /**
     * The node's logged errors with the causes under each, to explain a failed assertion: CI keeps the build's output,
     * not the node's log file.
     */
    public String loggedErrors() {
        try {
            StringBuilder errors = new StringBuilder();
            boolean inError = false;
            for (String line : Files.readAllLines(logFile)) {
                boolean entry = line.length() > 24 && Character.isDigit(line.charAt(0)) && line.charAt(10) == 'T';
                if (entry) {
                    inError = line.contains(" ERROR ") || line.contains(" WARN ");
                    if (inError) {
                        errors.append(line).append('\n');
                    }
                } else if (inError && line.startsWith("Caused by:")) {
                    errors.append("  ").append(line).append('\n');
                }
            }
            return errors.toString();
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(logFile);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
