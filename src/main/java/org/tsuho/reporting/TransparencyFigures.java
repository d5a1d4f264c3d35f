package org.tsuho.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * The figures of one fiscal year (年度: 1 April to 31 March, Japan time) for the annual transparency report: what came
 * in, what went to the partners, what the regulator imposed and how appeals ended. Every list names each possible
 * outcome, zeros included, in a fixed order.
 *
 * @param reportsByStage          the reports by stage (FLASH, DETAILED, UPDATE) or, without one, by kind
 * @param referralsByAgency       POLICE, MOD
 * @param dispositions            NO_ACTION, ORDER (命令), ADMINISTRATIVE_FINE
 * @param referralsForProsecution supervisors' decisions to refer a failure to comply with an order for prosecution
 * @param rulings                 DISMISSED, REJECTED, GRANTED_REVOKED, GRANTED_VARIED
 */
public record TransparencyFigures(int fiscalYear, LocalDate firstDay, LocalDate lastDay, long reportsReceived,
                                  List<Tally> reportsByStage, List<Tally> referralsByAgency, List<Tally> dispositions,
                                  long referralsForProsecution, long appealsFiled, List<Tally> rulings) {

    public long orders() {
        return dispositions.stream().filter(t -> t.key().equals("ORDER")).mapToLong(Tally::count).sum();
    }
}
