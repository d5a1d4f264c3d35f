package org.tsuho.platform.process;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application: the process engine's. Deadlines, "late" flags and timers then agree
 * with each other, and process tests move all of them at once by setting the engine clock.
 */
@Configuration(proxyBeanMethods = false)
class EngineClockConfiguration {

    @Bean
    Clock clock() {
        return new EngineClock(ZoneOffset.UTC);
    }

    private static final class EngineClock extends Clock {
        private final ZoneId zone;

        EngineClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new EngineClock(other);
        }

        @Override
        public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }
    }
}
