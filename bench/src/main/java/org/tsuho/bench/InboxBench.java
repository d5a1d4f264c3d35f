package org.tsuho.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Target 2: a case worker's queue with the inbox seeded (bench/seed-inbox.sql). Measures {@code GET /api/v1/tasks}
 * and the inbox page {@code /inbox} (signed in through the login form, so the session and CSRF path is the real
 * one), each on page 1 and on page 1,000. The cursor of page 1,000 is the keyset position of the last row of page
 * 999, read from the database in the queue's own order: the same opaque cursor a client following {@code nextCursor}
 * 999 times would hold. One request at a time, as one person's screen does.
 *
 * <p>Usage: {@code InboxBench <baseUrl> <jdbcUrl> <requests>}; prints {@code INBOX <name> p50 p95 p99 max} (ms).
 */
public final class InboxBench {

    private static final int API_LIMIT = 50;   // the API's default page size
    private static final int SCREEN_PAGE = 50; // the inbox page's size
    private static final int WARM_UP_ROUNDS = 300;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int requests = Integer.parseInt(args[2]);
        String apiCursor = cursorAfter(args[1], 999L * API_LIMIT);
        String screenCursor = cursorAfter(args[1], 999L * SCREEN_PAGE);
        HttpClient api = HttpClient.newBuilder().build();
        String basic = "Basic " + Base64.getEncoder().encodeToString("worker-1:demo".getBytes(StandardCharsets.UTF_8));
        HttpClient screen = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(screen, base, "worker-1", "demo");

        Map<String, Call> pages = new LinkedHashMap<>();
        pages.put("api-page-1", () -> api.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tasks?scope=group"))
                .header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString()));
        pages.put("api-page-1000", () -> api.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tasks?scope=group&cursor=" + apiCursor))
                .header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString()));
        pages.put("inbox-page-1", () -> screen.send(HttpRequest.newBuilder(URI.create(base + "/inbox?tab=group")).build(),
                HttpResponse.BodyHandlers.ofString()));
        pages.put("inbox-page-1000", () -> screen.send(HttpRequest.newBuilder(URI.create(base + "/inbox?tab=group&cursor=" + screenCursor)).build(),
                HttpResponse.BodyHandlers.ofString()));
        // A case worker's inbox is served by a warm application: on two cores the JIT compilers need minutes of
        // traffic before the code that renders these pages is compiled, so every page is asked for in turn first.
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            for (Map.Entry<String, Call> page : pages.entrySet()) {
                check(page.getKey(), page.getValue().send());
            }
        }
        for (Map.Entry<String, Call> page : pages.entrySet()) {
            measure(page.getKey(), requests, page.getValue());
        }
    }

    interface Call {
        HttpResponse<String> send() throws Exception;
    }

    static void measure(String name, int requests, Call call) throws Exception {
        long[] micros = new long[requests];
        int rows = 0;
        for (int i = 0; i < requests; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> response = call.send();
            micros[i] = (System.nanoTime() - t0) / 1000;
            check(name, response);
            rows = response.body().length();
        }
        Arrays.sort(micros);
        System.out.printf(Locale.ROOT, "INBOX %s %.1f %.1f %.1f %.1f bytes=%d%n", name, pct(micros, 50), pct(micros, 95),
                pct(micros, 99), micros[requests - 1] / 1000.0, rows);
    }

    static void check(String name, HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(name + ": " + response.statusCode() + " " + response.body());
        }
    }

    static double pct(long[] sorted, int p) {
        return sorted[(int) Math.ceil(p / 100.0 * sorted.length) - 1] / 1000.0;
    }

    /** The queue's keyset position after {@code skip} rows, as the cursor the application hands out. */
    static String cursorAfter(String jdbcUrl, long skip) throws Exception {
        try (var connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
             var statement = connection.prepareStatement("""
                     select due_at, task_id from inbox_tasks
                      where assignee is null and candidate_group = 'case-worker'
                      order by due_at, task_id offset ? limit 1
                     """)) {
            statement.setLong(1, skip - 1);
            try (var rs = statement.executeQuery()) {
                rs.next();
                String raw = rs.getTimestamp(1).toInstant().toEpochMilli() + "|" + rs.getString(2);
                return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    static void signIn(HttpClient client, String base, String username, String password) throws Exception {
        String form = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in failed: " + response.statusCode() + " " + response.headers().map());
        }
    }

    private InboxBench() {
    }
}
