package org.tsuho.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tsuho.support.ApiClient;
import org.tsuho.support.ScreenSession;
import org.tsuho.support.TsuhoIntegrationTest;

/**
 * The process engine stays behind Tsuho's own screens and API: its REST API and web applications answer nobody, not
 * even an administrator, and queries cannot carry expressions.
 */
@TsuhoIntegrationTest
class EngineSurfaceIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ServletContext servlets;

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest/engine", "/engine-rest/process-definition", "/engine-rest/task?assignee=admin",
            "/operaton/app/cockpit/default/", "/operaton/api/engine/engine", "/camunda/app/welcome/default/", "/camunda/api/engine",
            "/app/cockpit/", "/app/tasklist/default/", "/app/admin/default/", "/rest/engine"})
    void theEnginesRestApiAndWebAppsAnswerNoOne(String path) {
        HttpResponse<String> asAdmin = ScreenSession.signIn(port, "admin").get(path);
        assertThat(asAdmin.statusCode()).as("signed-in admin, %s", path).isIn(403, 404);

        ApiClient.Response basic = ApiClient.on(port).as("admin").get(path);
        assertThat(basic.status()).as("admin with HTTP Basic, %s", path).isIn(302, 401, 403, 404);
        assertThat(basic.body()).doesNotContain("\"name\":\"default\"", "processDefinition");
    }

    @Test
    void theEnginesRestPathsUnderTheApiAreRefusedToo() {
        assertThat(ApiClient.on(port).as("admin").get("/api/engine/engine").status()).isEqualTo(403);
        assertThat(ApiClient.on(port).as("admin").get("/api/v1/engine-rest/engine").status()).isEqualTo(403);
    }

    @Test
    void noEngineServletIsRegistered() {
        assertThat(servlets.getServletRegistrations().values())
                .allSatisfy(registration -> assertThat(registration.getClassName()).doesNotContainIgnoringCase("rest")
                        .doesNotContainIgnoringCase("jersey").doesNotContainIgnoringCase("webapp"))
                .allSatisfy(registration -> assertThat(registration.getMappings())
                        .noneMatch(m -> m.startsWith("/engine-rest") || m.startsWith("/operaton") || m.startsWith("/camunda")));
    }

    @Test
    void queriesCannotEvaluateExpressions() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        assertThat(configuration.isEnableExpressionsInAdhocQueries()).isFalse();
        assertThat(configuration.isEnableExpressionsInStoredQueries()).isFalse();
    }
}
