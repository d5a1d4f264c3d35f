package org.tsuho.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tsuho.TsuhoApplication;
import org.tsuho.support.ApiClient;
import org.tsuho.support.ReportBodies;
import org.tsuho.support.TaskQueue;

/**
 * The production path: with {@code spring.datasource.url} set, Tsuho runs on that PostgreSQL server and starts
 * no embedded one. Uses the server on 127.0.0.1:5432 (trust authentication for {@code postgres}) that CI provides,
 * in a fresh database dropped afterwards.
 */
class ExternalDatabaseIntegrationTests {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String USER = "postgres";

    private String database;
    private ConfigurableApplicationContext app;

    @BeforeEach
    void createDatabaseAndStart() throws SQLException {
        database = "tsuho_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = adminConnection(); Statement sql = admin.createStatement()) {
            sql.execute("create database " + database);
        }
        // Command-line arguments outrank environment variables, so a SPRING_DATASOURCE_URL of the build cannot
        // redirect this application to another database.
        app = new SpringApplicationBuilder(TsuhoApplication.class)
                .profiles("test")
                .run("--spring.datasource.url=" + SERVER + database,
                        "--spring.datasource.username=" + USER,
                        "--spring.datasource.password=",
                        "--server.port=0",
                        // The shared test application's engine is registered under the default name in this JVM.
                        "--operaton.bpm.process-engine-name=external-database-test");
    }

    @AfterEach
    void stopAndDropDatabase() throws SQLException {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            try (Connection admin = adminConnection(); Statement sql = admin.createStatement()) {
                sql.execute("drop database if exists " + database + " with (force)");
            }
        }
    }

    @Test
    void aReportIsFiledAndTriagedOnTheConfiguredServer() throws SQLException {
        assertThat(app.getBeanNamesForType(EmbeddedPostgres.class)).as("no embedded PostgreSQL").isEmpty();
        try (Connection connection = app.getBean(DataSource.class).getConnection()) {
            assertThat(connection.getMetaData().getURL()).isEqualTo(SERVER + database);
        }
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();

        ApiClient.Response report = ApiClient.on(port).as("company-a").post("/api/v1/reports", ReportBodies.flash());

        assertThat(report.status()).as("%s", report).isEqualTo(201);
        assertThat(report.text("receiptNumber")).endsWith("-000001");
        assertThat(TaskQueue.find(ApiClient.on(port).as("worker-1"), "group", report.text("caseId"), "triage")).isPresent();
        try (Connection direct = DriverManager.getConnection(SERVER + database, USER, "")) {
            JdbcClient jdbc = JdbcClient.create(new org.springframework.jdbc.datasource.SingleConnectionDataSource(direct, true));
            assertThat(jdbc.sql("select receipt_number from reports").query(String.class).list())
                    .containsExactly(report.text("receiptNumber"));
            assertThat(jdbc.sql("select count(*) from inbox_tasks where case_id = ?::uuid").param(report.text("caseId"))
                    .query(Integer.class).single()).isEqualTo(1);
        }
    }

    private static Connection adminConnection() {
        try {
            return DriverManager.getConnection(SERVER + "postgres", USER, "");
        } catch (SQLException e) {
            throw new IllegalStateException("This test needs a PostgreSQL server on 127.0.0.1:5432 that lets user 'postgres' "
                    + "in without a password (the CI script starts one): " + e.getMessage(), e);
        }
    }
}
