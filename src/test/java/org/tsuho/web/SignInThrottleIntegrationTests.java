package org.tsuho.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsuho.support.ApiAssertions.assertProblem;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tsuho.audit.AuditEntry;
import org.tsuho.audit.AuditTrail;
import org.tsuho.identity.Role;
import org.tsuho.identity.persistence.Accounts;
import org.tsuho.support.ApiClient;
import org.tsuho.support.AuditLog;
import org.tsuho.support.ScreenSession;
import org.tsuho.support.TsuhoIntegrationTest;

/**
 * Five wrong passwords for one user name from one address, and sign-in is refused for a while: 429 with Retry-After on
 * the API, a message of its own on the sign-in page, recorded in the audit trail. Each test has its own account, so
 * the demo accounts other tests use are never throttled.
 */
@TsuhoIntegrationTest
class SignInThrottleIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    AuditTrail trail;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theApiAnswers429WithRetryAfterAndTheRefusalIsAudited() {
        String username = account();
        long mark = AuditLog.mark(trail);
        ApiClient wrong = ApiClient.on(port).as(username, "wrong");
        for (int i = 0; i < 5; i++) {
            assertProblem(wrong.get("/api/v1/tasks"), 401);
        }

        ApiClient.Response refused = ApiClient.on(port).as(username).get("/api/v1/tasks");

        assertProblem(refused, 429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isBetween(800L, 900L));
        List<AuditEntry> failed = AuditLog.since(trail, mark).stream().filter(e -> e.action().equals("LOGIN_FAILED")).toList();
        assertThat(failed).extracting(AuditEntry::actor).containsOnly(username);
        assertThat(failed).extracting(AuditEntry::detail)
                .containsExactly("BadCredentials API", "BadCredentials API", "BadCredentials API", "BadCredentials API",
                        "BadCredentials API", "SignInThrottled API");
    }

    @Test
    void theRefusalEndsAfterFifteenMinutes() {
        String username = account();
        ApiClient wrong = ApiClient.on(port).as(username, "wrong");
        for (int i = 0; i < 5; i++) {
            wrong.get("/api/v1/tasks");
        }
        assertProblem(ApiClient.on(port).as(username).get("/api/v1/tasks"), 429);

        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(16))));

        assertThat(ApiClient.on(port).as(username).get("/api/v1/tasks").status()).isEqualTo(200);
    }

    @Test
    void theSignInPageSaysWhyAndRefusesEvenTheRightPassword() {
        String username = account();
        ScreenSession stranger = ScreenSession.anonymous(port);
        for (int i = 0; i < 5; i++) {
            assertThat(location(stranger.signIn(username, "wrong"))).endsWith("/login?error");
        }

        assertThat(location(stranger.signIn(username, ApiClient.DEMO_PASSWORD))).endsWith("/login?throttled");
        assertThat(stranger.get("/login?throttled").body()).contains("ログインの失敗が続いたため");
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() {
        String username = account();
        ApiClient wrong = ApiClient.on(port).as(username, "wrong");
        for (int i = 0; i < 4; i++) {
            assertProblem(wrong.get("/api/v1/tasks"), 401);
        }
        assertThat(ScreenSession.anonymous(port).signIn(username, ApiClient.DEMO_PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        for (int i = 0; i < 4; i++) {
            assertProblem(wrong.get("/api/v1/tasks"), 401);
        }

        assertThat(ApiClient.on(port).as(username).get("/api/v1/tasks").status()).isEqualTo(200);
    }

    private String account() {
        String username = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.save(username, passwords.encode(ApiClient.DEMO_PASSWORD), "試験用 分析官", Set.of(Role.CASE_WORKER), null);
        return username;
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}
