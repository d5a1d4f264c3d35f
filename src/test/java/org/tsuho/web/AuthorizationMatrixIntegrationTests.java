package org.tsuho.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tsuho.support.TsuhoIntegrationTest;
import org.tsuho.web.AccessMatrix.Endpoint;

/**
 * Every endpoint the application maps, screens and API, against every role and against nobody signed in, held to the
 * table in {@code src/test/resources/security/access-matrix.txt}. A role the table allows is never refused (a 404 or
 * 400 for the made-up id is fine); any other role gets 403 (problem+json on the API); nobody signed in gets 401 with
 * a challenge on the API and the sign-in page on the screens. A mapping without a line fails the first test, which
 * prints the line to add with the roles that get through today, to be checked before it is pasted.
 */
@TsuhoIntegrationTest
class AuthorizationMatrixIntegrationTests {

    private static final String ANONYMOUS = "anonymous";

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final AccessMatrix matrix = AccessMatrix.load();

    @Test
    void theTableListsExactlyTheMappedEndpoints() {
        Set<Endpoint> mapped = mapped();
        Set<Endpoint> missing = new TreeSet<>(mapped);
        missing.removeAll(matrix.endpoints());
        Set<Endpoint> stale = new TreeSet<>(matrix.endpoints());
        stale.removeAll(mapped);

        Map<String, EndpointProbe> probes = missing.isEmpty() ? Map.of() : probes();
        String toAdd = missing.stream()
                .map(endpoint -> AccessMatrix.line(endpoint, observed(endpoint, probes)))
                .collect(Collectors.joining("\n"));
        assertThat(missing)
                .as("Endpoints without a line in %s. Add these lines (the roles are the ones that get through today: check them):%n%s%n",
                        AccessMatrix.RESOURCE, toAdd)
                .isEmpty();
        assertThat(stale).as("Lines in %s for endpoints that no longer exist", AccessMatrix.RESOURCE).isEmpty();
    }

    @Test
    void everyRoleGetsWhatTheTableSays() throws Exception {
        Map<String, EndpointProbe> probes = probes();
        // One caller per thread: some thousand requests, most of them refusals that each write an audit entry.
        ExecutorService callers = Executors.newFixedThreadPool(3);
        try {
            List<Future<List<String>>> answers = new ArrayList<>();
            probes.forEach((role, probe) -> answers.add(callers.submit(() -> wrongAnswers(role, probe))));
            List<String> wrong = new ArrayList<>();
            for (Future<List<String>> answer : answers) {
                wrong.addAll(answer.get());
            }
            assertThat(wrong).as("Answers that differ from the table").isEmpty();
        } finally {
            callers.shutdownNow();
        }
    }

    private List<String> wrongAnswers(String role, EndpointProbe probe) {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : new TreeSet<>(matrix.endpoints())) {
            HttpResponse<String> response = probe.call(endpoint);
            String problem = role.equals(ANONYMOUS) ? anonymousOutcome(endpoint, response) : roleOutcome(endpoint, role, response);
            if (problem != null) {
                wrong.add(String.format("%-15s %s %s -> %s", role, endpoint.method(), endpoint.path(), problem));
            }
        }
        return wrong;
    }

    private String anonymousOutcome(Endpoint endpoint, HttpResponse<String> response) {
        if (matrix.isPublic(endpoint)) {
            return toSignIn(response) || response.statusCode() == 401 ? "sent to sign in, but the table says public" : null;
        }
        if (endpoint.api()) {
            boolean challenged = response.statusCode() == 401 && response.headers().firstValue("WWW-Authenticate").isPresent()
                    && problemJson(response);
            return challenged ? null : "expected 401 problem+json with WWW-Authenticate, got " + describe(response);
        }
        return toSignIn(response) ? null : "expected a redirect to /login, got " + describe(response);
    }

    private String roleOutcome(Endpoint endpoint, String role, HttpResponse<String> response) {
        int status = response.statusCode();
        if (matrix.allows(endpoint, role)) {
            boolean refused = status == 401 || (status == 403 && !endpoint.path().equals("/error/403")) || toSignIn(response);
            return refused ? "refused (" + describe(response) + "), but the table allows it" : null;
        }
        if (status != 403) {
            return "expected 403, got " + describe(response);
        }
        return endpoint.api() && !problemJson(response) ? "403 without problem+json" : null;
    }

    /** The roles (and whether nobody signed in) that get through today, for a line the table lacks. */
    private List<String> observed(Endpoint endpoint, Map<String, EndpointProbe> probes) {
        Set<String> admitted = new LinkedHashSet<>();
        boolean anonymous = false;
        for (Map.Entry<String, EndpointProbe> caller : probes.entrySet()) {
            HttpResponse<String> response = caller.getValue().call(endpoint);
            boolean through = response.statusCode() != 401 && response.statusCode() != 403 && !toSignIn(response);
            if (through && caller.getKey().equals(ANONYMOUS)) {
                anonymous = true;
            } else if (through) {
                admitted.add(caller.getKey());
            }
        }
        return AccessMatrix.rolesColumn(admitted, anonymous);
    }

    private Set<Endpoint> mapped() {
        Set<Endpoint> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String path : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add(new Endpoint("ANY", path));
                }
                methods.forEach(method -> endpoints.add(new Endpoint(method.name(), path)));
            }
        }
        return endpoints;
    }

    private Map<String, EndpointProbe> probes() {
        Map<String, EndpointProbe> probes = new LinkedHashMap<>();
        probes.put(ANONYMOUS, EndpointProbe.anonymous(port));
        AccessMatrix.ACCOUNTS.forEach((role, username) -> probes.put(role, EndpointProbe.as(port, username)));
        return probes;
    }

    private static boolean toSignIn(HttpResponse<String> response) {
        return response.statusCode() == 302 && response.headers().firstValue("Location").orElse("").endsWith("/login");
    }

    private static boolean problemJson(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
    }

    private static String describe(HttpResponse<String> response) {
        return response.statusCode() + response.headers().firstValue("Location").map(l -> " to " + l).orElse("");
    }
}
