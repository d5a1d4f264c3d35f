package org.tsuho.deadline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The days Japanese government offices are closed (行政機関の休日, 行政機関の休日に関する法律 第1条第1項): Saturdays and
 * Sundays, the national holidays listed in {@code holidays/jp.csv} (data: add each year's dates as the Cabinet Office
 * publishes them), and the year-end closure from 29 December to 3 January.
 */
@Component
public class Holidays {

    private static final String LIST = "holidays/jp.csv";
    private static final MonthDay CLOSURE_FROM = MonthDay.of(12, 29);
    private static final MonthDay CLOSURE_TO = MonthDay.of(1, 3);

    private final Set<LocalDate> national;

    public Holidays() {
        this.national = read(new ClassPathResource(LIST));
    }

    public boolean isClosed(LocalDate day) {
        MonthDay monthDay = MonthDay.from(day);
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY || national.contains(day)
                || !monthDay.isBefore(CLOSURE_FROM) || !monthDay.isAfter(CLOSURE_TO);
    }

    /**
     * A period for an act towards an administrative agency that ends on a day the agency is closed ends on the next
     * day it is open (行政機関の休日に関する法律 第2条).
     */
    public LocalDate deadlineFalling(LocalDate lastDay) {
        LocalDate day = lastDay;
        while (isClosed(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static Set<LocalDate> read(ClassPathResource resource) {
        Set<LocalDate> days = new HashSet<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("date,")) {
                    continue;
                }
                days.add(LocalDate.parse(line.substring(0, line.indexOf(',')).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the holiday list " + LIST, e);
        }
        return Set.copyOf(days);
    }
}
