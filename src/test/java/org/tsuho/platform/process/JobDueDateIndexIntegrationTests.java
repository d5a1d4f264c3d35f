package org.tsuho.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsuho.support.TsuhoIntegrationTest;

/** The engine's job table gets its due-date index once the engine has built its schema, and due jobs are found by it. */
@TsuhoIntegrationTest
class JobDueDateIndexIntegrationTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void dueJobsInDueDateOrder_areReadThroughTheIndex() {
        assertThat(jdbc.sql("select indexdef from pg_indexes where indexname = 'tsuho_act_ru_job_duedate'")
                .query(String.class).single()).contains("act_ru_job", "duedate_");

        // sequential scans off: the test database's job table is small enough that the planner would rather scan it
        List<String> plan = transactions.execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            return jdbc.sql("explain select id_ from act_ru_job where duedate_ <= now() order by duedate_ limit 16")
                    .query(String.class).list();
        });
        assertThat(String.join("\n", plan)).contains("tsuho_act_ru_job_duedate");
    }
}
