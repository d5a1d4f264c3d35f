/**
 * Asset notifications (特定重要電子計算機の届出, Art. 4): a designated operator notifies each specified critical
 * computer it introduces or changes. Each notification runs {@code processes/asset-notification.bpmn}: automatic
 * checks (duplicate, product excluded by public notice), the case worker's review (accept, or request
 * information through the triage module's requests), and on acceptance the registry of specified critical
 * computers per operator, with a version per notified change.
 * <p>
 * The module also flags an incident report that names a system its operator never notified (the
 * missing-notification flag of the case) and records a case worker's request to open a proceeding for it.
 */
package org.tsuho.notification;
