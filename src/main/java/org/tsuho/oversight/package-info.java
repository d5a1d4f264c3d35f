/**
 * Oversight (監理): read-only screens for the oversight role — the audit trail per case and per person, the
 * disclosure log across agencies, the partners' feedback (commission approvals, measures taken) and the chain's
 * verification with the head hash to anchor. Reads through the public services of audit, casefile and escalation;
 * a module of its own so that audit stays a leaf every module can record into.
 */
package org.tsuho.oversight;
