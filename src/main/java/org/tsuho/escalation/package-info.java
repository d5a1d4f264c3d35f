/**
 * Escalation: referring a case to the police (National Police Agency) or the Ministry of Defense. A case worker's
 * proposal (from triage) is approved or rejected by a supervisor who did not propose it; in an emergency the
 * referral goes out at once and a second supervisor ratifies it afterwards. Each target agency receives one
 * minimised, TLP-marked package (also as a STIX 2.1 bundle), acknowledges it and records its feedback; every
 * delivery to a liaison is kept in the disclosure log. Runs in {@code processes/escalation.bpmn}.
 */
package org.tsuho.escalation;
