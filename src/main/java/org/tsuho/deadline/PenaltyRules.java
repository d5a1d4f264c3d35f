package org.tsuho.deadline;

import java.time.Period;

/**
 * The rulebook's values for penalty proceedings (domain.md §2). Which regime applies is
 * {@link RulebookSettings#penaltyRegime()}; these hold under either.
 *
 * @param fineCapYen         the most a disposition may cost per failure to report: the court fine of the {@code jp-acd}
 *                           regime (罰金, up to ¥2,000,000) and the cap of the regulator's own fine
 * @param explanationPeriod  the shortest time a company is given for its written explanation (弁明書); the law asks for
 *                           a reasonable period (相当な期間), the value is a design choice
 * @param appealWindow       審査請求: counted from the day after the company learned of the disposition
 * @param appealInstructions the 教示 printed on every penalty notice; {@code {0}} is the authority appeals go to
 * @param proceedingStep     internal service level of each staff step (prepare, approve, decide)
 */
public record PenaltyRules(long fineCapYen, Rule explanationPeriod, Period appealWindow, String appealInstructions,
                           Rule proceedingStep) {
}
