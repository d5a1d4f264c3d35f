package org.tsuho.support;

import static org.tsuho.support.ExternalProcessSupport.pause;
import static org.tsuho.support.ExternalProcessSupport.requiredProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One real Keycloak for all Keycloak tests of a run: the distribution Maven unpacked into {@code target/},
 * started in development mode on a free loopback port with realm {@code tsuho} imported fresh from
 * {@code keycloak/tsuho-realm.json}, and stopped when the test JVM exits.
 *
 * <p>The realm export stays as production gets it. What only tests need is added through the admin API after
 * start: a client allowed the password grant (so tests can get tokens without a browser), a client whose
 * tokens are not meant for Tsuho, and a company user without a corporate number.
 */
public final class KeycloakServer {

    private static final String RUN_THROUGH_MAVEN = "run the Keycloak tests through Maven";

    public static final String REALM = "tsuho";
    /** Password grant, with the same mappers as Tsuho's own client: tokens meant for Tsuho. */
    public static final String TEST_CLIENT = "tsuho-test";
    /** Password grant, roles and company but no Tsuho audience: tokens meant for another application. */
    public static final String OTHER_CLIENT = "other-app";
    /** A company user whose account lacks {@code company_id}. */
    public static final String COMPANY_WITHOUT_ID = "company-no-id";

    private static final Duration STARTUP = Duration.ofMinutes(4);
    private static final Logger log = LoggerFactory.getLogger(KeycloakServer.class);
    private static KeycloakServer shared;

    private final Process process;
    private final int port;
    private final String clientSecret = "test-" + UUID.randomUUID();
    private final String adminPassword = "test-" + UUID.randomUUID();
    private final Path logFile;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    /** Starts Keycloak on first use; later calls get the same server. */
    public static synchronized KeycloakServer shared() {
        if (shared == null) {
            shared = new KeycloakServer(Path.of(requiredProperty("tsuho.test.keycloak-home", RUN_THROUGH_MAVEN)),
                    Path.of(requiredProperty("tsuho.test.realm-file", RUN_THROUGH_MAVEN)));
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "keycloak-stop"));
        }
        return shared;
    }

    private KeycloakServer(Path home, Path realmFile) {
        long start = System.nanoTime();
        try {
            port = freePort();
            Path data = home.resolve("data");
            deleteRecursively(data); // --import-realm skips a realm that already exists
            Files.createDirectories(data.resolve("import"));
            Files.copy(realmFile, data.resolve("import").resolve(realmFile.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            logFile = home.getParent().resolve("keycloak.log");
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev", "--import-realm",
                    "--http-host=127.0.0.1", "--http-port=" + port)
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile());
            Map<String, String> env = builder.environment();
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "test-admin");
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
            env.put("TSUHO_OIDC_CLIENT_SECRET", clientSecret);
            // Keycloak accepts any port for a registered loopback redirect URI without one (RFC 8252 §7.3),
            // so Tsuho may run on a random port.
            env.put("TSUHO_PUBLIC_URL", "http://localhost");
            env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            process = builder.start();
            awaitReady();
            addTestFixtures();
            log.info("Keycloak ready on port {} in {} s, resident memory {} MiB", port,
                    Duration.ofNanos(System.nanoTime() - start).toSeconds(), residentKib() / 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String realmUrl() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    public String clientSecret() {
        return clientSecret;
    }

    /** Resident memory of the Keycloak JVM in KiB, as the kernel counts it. */
    private long residentKib() {
        return rssKib(process.pid()) + process.descendants().mapToLong(p -> rssKib(p.pid())).sum();
    }

    /** Tokens of {@link #TEST_CLIENT} (or another client allowed the password grant) for a user of realm tsuho. */
    public Tokens tokens(String client, String username, String password) {
        JsonNode body = post(realmUrl() + "/protocol/openid-connect/token", Map.of("grant_type", "password",
                "client_id", client, "username", username, "password", password, "scope", "openid"), null);
        return new Tokens(body.path("access_token").asText(), body.path("id_token").asText());
    }

    public Tokens tokens(String username) {
        return tokens(TEST_CLIENT, username, "demo");
    }

    /** A token of the master realm: valid Keycloak, wrong issuer and keys for Tsuho. */
    public String masterRealmToken() {
        return adminToken();
    }

    public record Tokens(String accessToken, String idToken) {
    }

    private void awaitReady() throws IOException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(realmUrl() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(500);
        }
        stop();
        throw new IllegalStateException("Keycloak was not ready within " + STARTUP + ":\n" + tail());
    }

    private void addTestFixtures() {
        String admin = adminToken();
        String clients = "http://localhost:" + port + "/admin/realms/" + REALM + "/clients";
        JsonNode tsuho = get(clients + "?clientId=tsuho", admin).get(0);
        ArrayNode mappers = json.createArrayNode();
        tsuho.path("protocolMappers").forEach(m -> mappers.add(((ObjectNode) m.deepCopy()).without("id")));
        ArrayNode withoutAudience = json.createArrayNode();
        mappers.forEach(m -> {
            if (!"oidc-audience-mapper".equals(m.path("protocolMapper").asText())) {
                withoutAudience.add(m);
            }
        });
        create(clients, admin, passwordGrantClient(TEST_CLIENT, mappers));
        create(clients, admin, passwordGrantClient(OTHER_CLIENT, withoutAudience));

        String users = "http://localhost:" + port + "/admin/realms/" + REALM + "/users";
        ObjectNode user = json.createObjectNode()
                .put("username", COMPANY_WITHOUT_ID).put("enabled", true).put("emailVerified", true)
                .put("email", COMPANY_WITHOUT_ID + "@company.example").put("firstName", "No").put("lastName", "Number");
        user.putArray("credentials").addObject().put("type", "password").put("value", "demo").put("temporary", false);
        create(users, admin, user);
        String userId = get(users + "?exact=true&username=" + COMPANY_WITHOUT_ID, admin).get(0).path("id").asText();
        JsonNode companyRole = get("http://localhost:" + port + "/admin/realms/" + REALM + "/roles/company", admin);
        create(users + "/" + userId + "/role-mappings/realm", admin, json.createArrayNode().add(companyRole));
    }

    private ObjectNode passwordGrantClient(String clientId, ArrayNode mappers) {
        ObjectNode client = json.createObjectNode()
                .put("clientId", clientId).put("publicClient", true)
                .put("directAccessGrantsEnabled", true).put("standardFlowEnabled", false);
        client.set("protocolMappers", mappers);
        return client;
    }

    private String adminToken() {
        return post("http://localhost:" + port + "/realms/master/protocol/openid-connect/token", Map.of("grant_type", "password",
                "client_id", "admin-cli", "username", "test-admin", "password", adminPassword), null).path("access_token").asText();
    }

    private JsonNode post(String url, Map<String, String> form, String bearer) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(request, bearer, 200);
    }

    private JsonNode get(String url, String bearer) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), bearer, 200);
    }

    private void create(String url, String bearer, JsonNode representation) {
        try {
            send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(representation))), bearer, -1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param expected the status to insist on, or -1 for any 2xx */
    private JsonNode send(HttpRequest.Builder request, String bearer, int expected) {
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (expected == -1 ? status / 100 != 2 : status != expected) {
                throw new IllegalStateException("Keycloak answered " + status + ": " + response.body());
            }
            return response.body().isBlank() ? json.nullNode() : json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void stop() {
        if (!process.isAlive()) {
            return;
        }
        // kc.sh passes the signal on to Keycloak's JVM and waits for it; force both only if that hangs.
        List<ProcessHandle> keycloak = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                keycloak.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(logFile);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static long rssKib(long pid) {
        try (Stream<String> status = Files.lines(Path.of("/proc/" + pid + "/status"))) {
            return status.filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .findFirst().orElse(0);
        } catch (IOException e) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
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
