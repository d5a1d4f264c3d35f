package org.tsuho.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.postgresql.Driver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A private PostgreSQL server that a test starts, stops and starts again (same data directory, same port), from the
 * binaries the embedded default already uses. Never the machine's shared server: a test may take this one away.
 * Commits are synchronous, as on a production server. A JVM shutdown hook stops it if the test cannot.
 */
public final class PostgresServer implements AutoCloseable {

    private final Path dataDirectory;
    private final int port;
    private final Thread shutdownHook = new Thread(this::stop, "postgres-stop");
    private EmbeddedPostgres server;

    private PostgresServer(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /** A fresh server (the directory is emptied first) on a free loopback port. */
    public static PostgresServer fresh(Path dataDirectory) {
        try {
            deleteRecursively(dataDirectory);
            Files.createDirectories(dataDirectory);
            PostgresServer postgres = new PostgresServer(dataDirectory, freePort());
            Files.deleteIfExists(postgres.logFile());
            Runtime.getRuntime().addShutdownHook(postgres.shutdownHook);
            postgres.start();
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server on its directory and port (again, after {@link #stop()}). */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "100")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server (fast shutdown: open connections are cut, new ones refused). */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs anyway
        }
    }

    /** The server's own log, beside its data directory. */
    private Path logFile() {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log");
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    public String username() {
        return "postgres";
    }

    /** Plain connections, one per statement: the test's view of the data survives the server's restarts. */
    public JdbcClient jdbc() {
        return JdbcClient.create(new SimpleDriverDataSource(new Driver(), jdbcUrl(), username(), ""));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
