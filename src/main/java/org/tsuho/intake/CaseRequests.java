package org.tsuho.intake;

import java.util.List;
import java.util.UUID;

/**
 * The requests for information on a case, shown with each of its reports. Implemented by the module that asks
 * them (triage), so intake does not depend on it.
 */
public interface CaseRequests {

    List<RequestView> forCase(UUID caseId);
}
