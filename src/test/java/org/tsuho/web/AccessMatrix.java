package org.tsuho.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The expected authorization of every mapped endpoint, read from {@value #RESOURCE}: one line per method and path
 * pattern, then the roles that may use it. {@code public} lets everyone through, signed in or not; {@code signed-in}
 * every role; {@code nobody} no one. The table is the reviewed intent; {@code AuthorizationMatrixIntegrationTests} holds the running
 * application to it.
 */
final class AccessMatrix {

    static final String RESOURCE = "/security/access-matrix.txt";
    static final String PUBLIC = "public";
    static final String SIGNED_IN = "signed-in";
    static final String NOBODY = "nobody";
    /** Every role, and the demo account that plays it. */
    static final Map<String, String> ACCOUNTS = accounts();

    /** One line: a method ({@code ANY} for a mapping without one), a path pattern and who may use it. */
    record Endpoint(String method, String path) implements Comparable<Endpoint> {

        boolean api() {
            return path.startsWith("/api/");
        }

        @Override
        public int compareTo(Endpoint other) {
            int byPath = path.compareTo(other.path);
            return byPath != 0 ? byPath : method.compareTo(other.method);
        }
    }

    private final Map<Endpoint, Set<String>> allowed;

    private AccessMatrix(Map<Endpoint, Set<String>> allowed) {
        this.allowed = allowed;
    }

    static AccessMatrix load() {
        try (InputStream in = AccessMatrix.class.getResourceAsStream(RESOURCE)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AccessMatrix parse(String text) {
        Map<Endpoint, Set<String>> allowed = new LinkedHashMap<>();
        for (String raw : text.lines().toList()) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> words = Arrays.asList(line.split("\\s+"));
            if (words.size() < 3) {
                throw new IllegalArgumentException("A line needs a method, a path and at least one role: " + raw);
            }
            Set<String> roles = new LinkedHashSet<>(words.subList(2, words.size()));
            for (String role : roles) {
                if (!ACCOUNTS.containsKey(role) && !List.of(PUBLIC, SIGNED_IN, NOBODY).contains(role)) {
                    throw new IllegalArgumentException("Unknown role '" + role + "' in: " + raw);
                }
            }
            if (allowed.put(new Endpoint(words.get(0), words.get(1)), roles) != null) {
                throw new IllegalArgumentException("Listed twice: " + raw);
            }
        }
        return new AccessMatrix(allowed);
    }

    Set<Endpoint> endpoints() {
        return allowed.keySet();
    }

    boolean isPublic(Endpoint endpoint) {
        return allowed.get(endpoint).contains(PUBLIC);
    }

    /** Whether this role (a key of {@link #ACCOUNTS}) may use the endpoint. */
    boolean allows(Endpoint endpoint, String role) {
        Set<String> roles = allowed.get(endpoint);
        return roles.contains(PUBLIC) || roles.contains(SIGNED_IN) || roles.contains(role);
    }

    /** A line of the table, as it would be written there. */
    static String line(Endpoint endpoint, Collection<String> roles) {
        return String.format("%-6s %-58s %s", endpoint.method(), endpoint.path(), String.join(" ", roles));
    }

    /** The roles column for what a probe let through: {@code public}, {@code signed-in}, or the roles by name. */
    static List<String> rolesColumn(Set<String> admitted, boolean anonymousAdmitted) {
        if (anonymousAdmitted) {
            return List.of(PUBLIC);
        }
        if (admitted.containsAll(ACCOUNTS.keySet())) {
            return List.of(SIGNED_IN);
        }
        if (admitted.isEmpty()) {
            return List.of(NOBODY);
        }
        return ACCOUNTS.keySet().stream().filter(admitted::contains).collect(Collectors.toList());
    }

    private static Map<String, String> accounts() {
        Map<String, String> accounts = new LinkedHashMap<>();
        accounts.put("company", "company-a");
        accounts.put("case-worker", "worker-1");
        accounts.put("supervisor", "supervisor-1");
        accounts.put("examiner", "examiner-1");
        accounts.put("police-liaison", "police-liaison");
        accounts.put("mod-liaison", "mod-liaison");
        accounts.put("oversight", "oversight-1");
        accounts.put("admin", "admin");
        return Collections.unmodifiableMap(accounts);
    }
}
