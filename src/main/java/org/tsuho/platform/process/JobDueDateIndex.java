package org.tsuho.platform.process;

import javax.sql.DataSource;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An index on the engine's job due dates, which the engine's own schema lacks. Every deadline of every open case is
 * a timer job, so the job table holds on the order of a hundred thousand rows that are not due; without this index
 * each acquisition of due jobs scans them all, and a burst of deadlines falling due at once (a rulebook date shared
 * by many cases) fires at the pace of those scans. Created when the engine has built its schema, which happens after
 * the migrations, so it cannot be one of them; {@code if not exists} makes every later start a no-op.
 */
@Component
class JobDueDateIndex extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(JobDueDateIndex.class);

    private final DataSource dataSource;

    JobDueDateIndex(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        new JdbcTemplate(dataSource).execute("create index if not exists tsuho_act_ru_job_duedate on act_ru_job (duedate_)");
        log.debug("Index on the engine's job due dates present");
    }
}
