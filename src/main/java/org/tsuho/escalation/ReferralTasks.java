package org.tsuho.escalation;

import java.util.UUID;

/**
 * Which referral an escalation-process task (acknowledgement, follow-up) is about. Only the process knows, and only
 * {@code escalation.process} may ask the engine, so it implements this.
 */
public interface ReferralTasks {

    UUID referralOf(String taskId);
}
