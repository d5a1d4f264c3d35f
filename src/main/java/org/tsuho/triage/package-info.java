/**
 * Triage: the case worker's assessment of a new report (severity, category, decision) and the requests for
 * information (照会) it may send to the company, with their answers and reminders. Runs in
 * {@code processes/incident-report.bpmn}.
 */
package org.tsuho.triage;
