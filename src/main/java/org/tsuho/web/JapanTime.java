package org.tsuho.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Screens show every time in Japan time, whatever the server's zone: the law's deadlines are Japanese. Templates
 * call it as {@code ${@japanTime.format(instant)}}.
 */
@Component("japanTime")
public class JapanTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'JST'");

    public String format(Instant instant) {
        return instant == null ? "" : DISPLAY.format(instant.atZone(ZONE));
    }
}
