package org.tsuho.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.deadline.Rulebook;
import org.tsuho.identity.Actor;
import org.tsuho.notification.NotificationReviewDecision.Decision;
import org.tsuho.platform.database.Jdbc;
import org.tsuho.platform.error.FieldProblem;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.tasks.OpenTask;
import org.tsuho.tasks.TaskCompletion;
import org.tsuho.triage.InformationRequest;
import org.tsuho.triage.InformationRequests;

/**
 * Completes a {@code review-notification} task: records the decision, and for a request for information writes
 * the request the company answers like any other (the triage module's). The process routes on {@code decision};
 * {@code reviewer} is who accepted the computers into the registry.
 */
@Component
class NotificationReviewCompletion implements TaskCompletion<NotificationReviewDecision> {

    static final int MAX_TEXT = 4000;

    private final AssetNotifications notifications;
    private final InformationRequests requests;
    private final CaseFiles cases;
    private final Rulebook rulebook;
    private final JdbcClient jdbc;
    private final Clock clock;

    NotificationReviewCompletion(AssetNotifications notifications, InformationRequests requests, CaseFiles cases,
                                 Rulebook rulebook, JdbcClient jdbc, Clock clock) {
        this.notifications = notifications;
        this.requests = requests;
        this.cases = cases;
        this.rulebook = rulebook;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String taskKey() {
        return NotificationSteps.REVIEW_TASK;
    }

    @Override
    public Class<NotificationReviewDecision> bodyType() {
        return NotificationReviewDecision.class;
    }

    @Override
    public Map<String, Object> complete(OpenTask task, Actor actor, NotificationReviewDecision body) {
        Decision decision = validate(body);
        Instant now = clock.instant();
        AssetNotification notification = notifications.ofCase(task.caseId()).orElseThrow();
        UUID requestId = null;
        if (decision == Decision.REQUEST_INFORMATION) {
            requestId = UUID.randomUUID();
            requests.insert(new InformationRequest(requestId, task.caseId(), body.question().strip(), actor.username(), now,
                    rulebook.answerDue(now), null, null, null, null));
        }
        jdbc.sql("""
                insert into notification_reviews (id, case_id, report_id, decided_by, decided_at, decision, rationale, request_id)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(UUID.randomUUID(), task.caseId(), notification.reportId(), actor.username(), Jdbc.ts(now), decision.name(),
                        blank(body.rationale()) ? null : body.rationale().strip(), requestId)
                .update();
        cases.record(task.caseId(), actor.username(), "NOTIFICATION_REVIEWED", decision.name());

        Map<String, Object> variables = new HashMap<>();
        variables.put("decision", decision.name());
        variables.put("reviewer", actor.username());
        if (requestId != null) {
            variables.put("requestId", requestId.toString());
        }
        return variables;
    }

    private static Decision validate(NotificationReviewDecision body) {
        List<FieldProblem> problems = new ArrayList<>();
        Decision decision = null;
        if (blank(body.decision())) {
            problems.add(FieldProblem.of("decision", "error.required"));
        } else {
            decision = Arrays.stream(Decision.values()).filter(d -> d.name().equals(body.decision())).findFirst().orElse(null);
            if (decision == null) {
                problems.add(FieldProblem.of("decision", "error.oneOf",
                        Arrays.stream(Decision.values()).map(Enum::name).collect(Collectors.joining(", "))));
            }
        }
        if (!blank(body.rationale()) && body.rationale().strip().length() > MAX_TEXT) {
            problems.add(FieldProblem.of("rationale", "error.length", 1, MAX_TEXT));
        }
        if (decision == Decision.REQUEST_INFORMATION) {
            if (blank(body.question())) {
                problems.add(FieldProblem.of("question", "error.required"));
            } else if (body.question().strip().length() > MAX_TEXT) {
                problems.add(FieldProblem.of("question", "error.length", 1, MAX_TEXT));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return decision;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
