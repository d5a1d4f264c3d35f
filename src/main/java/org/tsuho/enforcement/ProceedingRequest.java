package org.tsuho.enforcement;

/**
 * {@code POST /api/v1/proceedings}: a case worker asks for a proceeding about a case. Text fields so every invalid
 * one can be reported at once.
 *
 * @param companyId the company's corporate number; it must be the case's company
 * @param grounds   why (staff text)
 */
public record ProceedingRequest(String companyId, String caseId, String grounds) {
}
