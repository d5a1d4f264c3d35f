package org.tsuho.triage;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.deadline.Rulebook;
import org.tsuho.identity.Actor;
import org.tsuho.intake.Category;
import org.tsuho.platform.database.Jdbc;
import org.tsuho.platform.error.Checks;
import org.tsuho.platform.error.FieldProblem;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.tasks.OpenTask;
import org.tsuho.tasks.TaskCompletion;
import org.tsuho.triage.TriageDecision.Criterion;
import org.tsuho.triage.TriageDecision.Decision;
import org.tsuho.triage.TriageDecision.Target;

/**
 * Completes a {@code triage} task: assesses the case, records the decision and its rationale, and for a request
 * for information writes the request. The process routes on the returned {@code decision}.
 */
@Component
class TriageCompletion implements TaskCompletion<TriageDecision> {

    private final CaseFiles cases;
    private final InformationRequests requests;
    private final Rulebook rulebook;
    private final JdbcClient jdbc;
    private final Clock clock;

    TriageCompletion(CaseFiles cases, InformationRequests requests, Rulebook rulebook, JdbcClient jdbc, Clock clock) {
        this.cases = cases;
        this.requests = requests;
        this.rulebook = rulebook;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String taskKey() {
        return "triage";
    }

    @Override
    public Class<TriageDecision> bodyType() {
        return TriageDecision.class;
    }

    @Override
    public Map<String, Object> complete(OpenTask task, Actor actor, TriageDecision body) {
        Valid valid = validate(body);
        if (valid.decision() == Decision.OPEN_PROCEEDING && cases.get(task.caseId()).voluntary()) {
            // A voluntary report (任意報告) never leads to a proceeding, even if its operator was designated since.
            throw new InvalidInputException("decision", "error.voluntaryReporter");
        }
        Instant now = clock.instant();
        cases.assess(task.caseId(), valid.severity(), valid.category().name());
        jdbc.sql("""
                insert into triage_decisions (id, case_id, decided_by, decided_at, severity, category, decision, rationale,
                                              escalation_targets, escalation_criteria, emergency)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(UUID.randomUUID(), task.caseId(), actor.username(), Jdbc.ts(now), valid.severity(), valid.category().name(),
                        valid.decision().name(), body.rationale().strip(),
                        valid.targets().stream().map(Enum::name).toArray(String[]::new),
                        valid.criteria().stream().map(Enum::name).toArray(String[]::new), valid.emergency())
                .update();
        cases.record(task.caseId(), actor.username(), "TRIAGED",
                "severity " + valid.severity() + ", " + valid.category() + ", " + valid.decision());

        Map<String, Object> variables = new HashMap<>();
        variables.put("decision", valid.decision().name());
        variables.put("severity", valid.severity());
        if (valid.decision() == Decision.REQUEST_INFORMATION) {
            UUID requestId = UUID.randomUUID();
            requests.insert(new InformationRequest(requestId, task.caseId(), body.question().strip(), actor.username(), now,
                    rulebook.answerDue(now), null, null, null, null));
            variables.put("requestId", requestId.toString());
        }
        return variables;
    }

    private record Valid(int severity, Category category, Decision decision, List<Target> targets, List<Criterion> criteria,
                         boolean emergency) {
    }

    private static Valid validate(TriageDecision body) {
        List<FieldProblem> problems = new ArrayList<>();
        if (body.severity() == null) {
            problems.add(FieldProblem.of("severity", "error.required"));
        } else if (body.severity() < 0 || body.severity() > 5) {
            problems.add(FieldProblem.of("severity", "error.range", 0, 5));
        }
        Optional<Category> category = Checks.oneOf("category", body.category(), Category.class, problems);
        Optional<Decision> decision = Checks.oneOf("decision", body.decision(), Decision.class, problems);
        Checks.text("rationale", body.rationale(), Checks.MAX_TEXT, problems);
        if (decision.orElse(null) == Decision.REQUEST_INFORMATION) {
            Checks.text("question", body.question(), Checks.MAX_TEXT, problems);
        }
        List<Target> targets = new ArrayList<>();
        List<Criterion> criteria = new ArrayList<>();
        boolean emergency = false;
        if (decision.orElse(null) == Decision.ESCALATE) {
            TriageDecision.Escalation escalation = body.escalation();
            if (escalation == null) {
                problems.add(FieldProblem.of("escalation", "error.required"));
            } else {
                targets = Checks.listOf("escalation.targets", escalation.targets(), Target.class, problems);
                criteria = Checks.listOf("escalation.criteria", escalation.criteria(), Criterion.class, problems);
                emergency = Boolean.TRUE.equals(escalation.emergency());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Valid(body.severity(), category.orElseThrow(), decision.orElseThrow(), targets, criteria, emergency);
    }
}
