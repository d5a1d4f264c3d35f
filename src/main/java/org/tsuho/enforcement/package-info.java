/**
 * Enforcement: penalty proceedings against designated operators that fail to report. A late report or a detailed
 * report missing at its deadline opens a proceeding (so does a case worker); one open proceeding per company and
 * case collects further failures. A case worker drafts the notice of intended disposition, a supervisor who did not
 * draft it approves it, the company may explain itself in writing (弁明書) until the period ends, and a supervisor
 * decides: no action, an order with a compliance deadline, or (under the {@code administrative-fine} regime) a fine.
 * An order is watched until its deadline; the company filing what was missing complies with it, otherwise a
 * supervisor decides whether to refer the company for prosecution. Notices are served as Japanese PDF documents.
 * Runs in {@code processes/penalty-proceeding.bpmn}; the detailed report's deadline is watched in
 * {@code processes/incident-report.bpmn}, which calls {@link FailureDetection} when it passes.
 */
package org.tsuho.enforcement;
