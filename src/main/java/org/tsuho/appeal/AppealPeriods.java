package org.tsuho.appeal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.tsuho.deadline.Holidays;

/**
 * The period for an appeal (審査請求期間, 行政不服審査法 第18条): 3 months from the day after the company learned of
 * the disposition (第1項), and in any case 1 year from the day after the disposition (第2項); the earlier end
 * applies. The first day is not counted (民法 第140条, 初日不算入); a period in months ends on the day before the
 * day of the last month corresponding to its first day, or on that month's last day if it has no such day
 * (民法 第143条第2項). 行政不服審査法 itself does not move a deadline that falls on a closed day; the general rule of
 * 行政機関の休日に関する法律 第2条 does: it ends on the next day the agency is open ({@link Holidays}).
 */
@Component
public class AppealPeriods {

    static final int MONTHS_FROM_KNOWLEDGE = 3;
    static final int MONTHS_FROM_DISPOSITION = 12;

    private final Holidays holidays;

    public AppealPeriods(Holidays holidays) {
        this.holidays = holidays;
    }

    /** The last day to appeal a disposition of {@code disposedOn} the company learned of on {@code learnedOn}. */
    public LocalDate deadline(LocalDate learnedOn, LocalDate disposedOn) {
        LocalDate fromKnowledge = holidays.deadlineFalling(endOfMonths(learnedOn, MONTHS_FROM_KNOWLEDGE));
        LocalDate fromDisposition = holidays.deadlineFalling(endOfMonths(disposedOn, MONTHS_FROM_DISPOSITION));
        return fromKnowledge.isBefore(fromDisposition) ? fromKnowledge : fromDisposition;
    }

    /**
     * The last day of a period of {@code months} months counted from the day after {@code event} (民法 第140条,
     * 第143条), before any move for a closed day.
     */
    static LocalDate endOfMonths(LocalDate event, int months) {
        LocalDate first = event.plusDays(1);
        LocalDate corresponding = first.plusMonths(months);
        // plusMonths falls back to the month's last day when the month has no corresponding day: the period ends on it
        return corresponding.getDayOfMonth() == first.getDayOfMonth() ? corresponding.minusDays(1) : corresponding;
    }
}
