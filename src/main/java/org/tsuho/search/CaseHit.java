package org.tsuho.search;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import org.tsuho.casefile.CaseSummary;
import org.tsuho.tasks.Urgency;

/**
 * One case found: the case as lists show it (its fields stay at the top level of the API's items), the receipt
 * numbers of its reports, and the due time and SLA badge of its most urgent open task.
 *
 * @param nextDueAt null when the case has no open task
 */
public record CaseHit(@JsonUnwrapped CaseSummary summary, List<String> receiptNumbers, Instant nextDueAt, Urgency urgency) {

    public CaseHit {
        receiptNumbers = List.copyOf(receiptNumbers);
    }
}
