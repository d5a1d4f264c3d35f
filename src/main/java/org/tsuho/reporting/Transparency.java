package org.tsuho.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.springframework.stereotype.Service;
import org.tsuho.appeal.Ruling;
import org.tsuho.enforcement.DecisionKind;
import org.tsuho.enforcement.Disposition;
import org.tsuho.escalation.Agency;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.reporting.persistence.EnforcementStatistics;
import org.tsuho.reporting.persistence.EscalationStatistics;
import org.tsuho.reporting.persistence.IntakeStatistics;
import org.tsuho.web.JapanTime;

/**
 * The annual transparency figures. By fiscal year (年度, April to March) rather than calendar year: the government's
 * annual reports to the Diet, and the budgets and staffing they are read against, all count in fiscal years.
 */
@Service
public class Transparency {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 9998;
    /** The stages of incident reports, then the kinds of reports without a stage. */
    /** A REFERRAL decision's outcome that refers the failure to comply for prosecution. */
    static final String REFER = "REFER";
    static final List<String> REPORT_KEYS = List.of("FLASH", "DETAILED", "UPDATE", "INCIDENT", "ASSET_NOTIFICATION");

    private final IntakeStatistics intake;
    private final EscalationStatistics escalations;
    private final EnforcementStatistics enforcement;
    private final Clock clock;

    Transparency(IntakeStatistics intake, EscalationStatistics escalations, EnforcementStatistics enforcement, Clock clock) {
        this.intake = intake;
        this.escalations = escalations;
        this.enforcement = enforcement;
        this.clock = clock;
    }

    /** The fiscal year today falls in, in Japan: January to March belong to the year that began the April before. */
    public int currentFiscalYear() {
        return fiscalYearOf(LocalDate.ofInstant(clock.instant(), JapanTime.ZONE));
    }

    static int fiscalYearOf(LocalDate day) {
        return day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1;
    }

    /** @throws InvalidInputException for a year outside {@value #FIRST_YEAR}–{@value #LAST_YEAR} */
    public TransparencyFigures of(int fiscalYear) {
        if (fiscalYear < FIRST_YEAR || fiscalYear > LAST_YEAR) {
            throw new InvalidInputException("year", "error.range", FIRST_YEAR, LAST_YEAR);
        }
        LocalDate firstDay = LocalDate.of(fiscalYear, Month.APRIL, 1);
        LocalDate nextFirstDay = firstDay.plusYears(1);
        Instant from = firstDay.atStartOfDay(JapanTime.ZONE).toInstant();
        Instant to = nextFirstDay.atStartOfDay(JapanTime.ZONE).toInstant();
        long referredForProsecution = enforcement.decisions(DecisionKind.REFERRAL.name(), from, to).stream()
                .filter(t -> t.key().equals(REFER)).mapToLong(Tally::count).sum();
        return new TransparencyFigures(fiscalYear, firstDay, nextFirstDay.minusDays(1), intake.received(from, to),
                Dashboards.inOrder(intake.receivedByStage(from, to), REPORT_KEYS, true),
                Dashboards.inOrder(escalations.referralsByAgency(from, to), Agency.values(), true),
                Dashboards.inOrder(enforcement.decisions(DecisionKind.DISPOSITION.name(), from, to), Disposition.values(), true),
                referredForProsecution, enforcement.appealsFiled(firstDay, nextFirstDay.minusDays(1)),
                Dashboards.inOrder(enforcement.rulings(from, to), Ruling.values(), true));
    }
}
