package org.tsuho.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.casefile.CaseSummary;
import org.tsuho.identity.Actor;
import org.tsuho.identity.Role;
import org.tsuho.platform.database.Jdbc;
import org.tsuho.platform.error.ConflictException;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.platform.error.RefusedException;

/**
 * Opens a penalty proceeding for a missing notification in one step from a flagged case. Until the
 * penalty-proceeding module exists, "opening" records the request (table {@code proceeding_requests}) and a
 * timeline entry, for that module to take over. A voluntary case never leads to a proceeding.
 */
@Service
public class MissingNotificationProceedings {

    static final String MISSING_NOTIFICATION = "MISSING_NOTIFICATION";
    static final int MAX_GROUNDS = 4000;

    private final MissingNotifications missing;
    private final CaseFiles cases;
    private final JdbcClient jdbc;
    private final Clock clock;

    MissingNotificationProceedings(MissingNotifications missing, CaseFiles cases, JdbcClient jdbc, Clock clock) {
        this.missing = missing;
        this.cases = cases;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param grounds optional: why, in the case worker's words
     * @throws ConflictException when the case is voluntary, not flagged, or already has this request
     */
    @Transactional
    public ProceedingRequest request(Actor actor, UUID caseId, String grounds) {
        if (!actor.has(Role.CASE_WORKER)) {
            throw new RefusedException("Only a case worker may open a proceeding for a missing notification.");
        }
        if (grounds != null && grounds.strip().length() > MAX_GROUNDS) {
            throw new InvalidInputException("grounds", "error.length", 1, MAX_GROUNDS);
        }
        CaseSummary kase = cases.get(caseId);
        if (kase.voluntary()) {
            throw new ConflictException("A voluntary report (任意報告) never leads to a proceeding.");
        }
        MissingNotification flag = missing.of(caseId);
        if (!flag.flagged()) {
            throw new ConflictException("The case has no missing-notification flag.");
        }
        ProceedingRequest request = new ProceedingRequest(UUID.randomUUID(), caseId, kase.companyId(), MISSING_NOTIFICATION,
                flag.systems().stream().map(MissingNotification.UnnotifiedSystem::name).collect(Collectors.joining(", ")),
                grounds == null || grounds.isBlank() ? null : grounds.strip(), actor.username(), clock.instant());
        // The unique index makes a second request (even a concurrent one) a conflict rather than a second row.
        int inserted = jdbc.sql("""
                insert into proceeding_requests (id, case_id, company_id, failure_type, reference, grounds, requested_by, requested_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing
                """)
                .params(request.id(), caseId, request.companyId(), request.failureType(), request.reference(), request.grounds(),
                        request.requestedBy(), Jdbc.ts(request.requestedAt()))
                .update();
        if (inserted == 0) {
            throw new ConflictException("A proceeding for the missing notification was already requested on this case.");
        }
        cases.record(caseId, actor.username(), "PROCEEDING_REQUESTED", MISSING_NOTIFICATION + ": " + request.reference());
        return request;
    }

    @Transactional(readOnly = true)
    public List<ProceedingRequest> ofCase(UUID caseId) {
        return jdbc.sql("select * from proceeding_requests where case_id = ? and failure_type = ? order by requested_at")
                .params(caseId, MISSING_NOTIFICATION).query(MissingNotificationProceedings::request).list();
    }

    @Transactional(readOnly = true)
    public List<ProceedingRequest> ofCompany(String companyId) {
        return jdbc.sql("select * from proceeding_requests where company_id = ? and failure_type = ? order by requested_at desc")
                .params(companyId, MISSING_NOTIFICATION).query(MissingNotificationProceedings::request).list();
    }

    private static ProceedingRequest request(ResultSet rs, int row) throws SQLException {
        return new ProceedingRequest(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getString("company_id"),
                rs.getString("failure_type"), rs.getString("reference"), rs.getString("grounds"), rs.getString("requested_by"),
                Jdbc.instant(rs, "requested_at"));
    }
}
