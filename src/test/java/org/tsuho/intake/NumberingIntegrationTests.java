package org.tsuho.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tsuho.support.ApiClient;
import org.tsuho.support.ReportBodies;
import org.tsuho.support.TsuhoIntegrationTest;

/** Receipt and case numbers stay unique and gapless when many reports arrive at once. */
@TsuhoIntegrationTest
class NumberingIntegrationTests {

    private static final int THREADS = 8;
    private static final int REPORTS = 40;

    @LocalServerPort
    int port;

    @Test
    void concurrentFlashReportsGetConsecutiveNumbers() throws Exception {
        ApiClient companyA = ApiClient.on(port).as("company-a");
        ApiClient companyB = ApiClient.on(port).as("company-b");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<ApiClient.Response> created = new ArrayList<>();
        try {
            List<Future<ApiClient.Response>> answers = new ArrayList<>();
            for (int i = 0; i < REPORTS; i++) {
                ApiClient company = i % 2 == 0 ? companyA : companyB;
                Callable<ApiClient.Response> call = () -> {
                    start.await();
                    return company.post("/api/v1/reports", ReportBodies.flash());
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            for (Future<ApiClient.Response> answer : answers) {
                created.add(answer.get(5, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }

        for (ApiClient.Response response : created) {
            assertThat(response.status()).as("%s", response).isEqualTo(201);
        }
        assertConsecutive(created.stream().map(r -> r.text("receiptNumber")).toList(), "R");
        assertConsecutive(created.stream().map(r -> r.text("caseNumber")).toList(), "C");
    }

    /** Unique, of one year, and with no number missing between the smallest and the largest. */
    private static void assertConsecutive(List<String> numbers, String prefix) {
        assertThat(numbers).hasSize(REPORTS).doesNotHaveDuplicates().allMatch(n -> n.matches(prefix + "-\\d{4}-\\d{6}"));
        assertThat(numbers.stream().map(n -> n.substring(0, 6)).distinct()).as("one year").hasSize(1);
        List<Integer> sequence = numbers.stream().map(n -> Integer.parseInt(n.substring(7))).sorted().toList();
        for (int i = 1; i < sequence.size(); i++) {
            assertThat(sequence.get(i)).as("the number after %s", sequence.get(i - 1)).isEqualTo(sequence.get(i - 1) + 1);
        }
    }
}
