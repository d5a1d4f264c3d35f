/**
 * Appeals (審査請求, 行政不服審査法) against DISPOSITION notices. A company appeals its own disposition; timeliness is
 * computed from the day it learned of it (3 months, at most 1 year from the disposition, moved past a closed day of
 * the agency); an untimely appeal without a reason is dismissed (却下) at registration. A supervisor assigns a hearing
 * examiner (審理員) who took no part in the proceeding, the examiner records the agency's statement, any oral
 * statement and the opinion, while the company may submit its rebuttal (反論書); a supervisor who did not decide the
 * disposition rules. A granted ruling revokes the disposition or lowers the fine; the ruling is served as a RULING
 * notice. Runs in {@code processes/appeal.bpmn}.
 */
package org.tsuho.appeal;
