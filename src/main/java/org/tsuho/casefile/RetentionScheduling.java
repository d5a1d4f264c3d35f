package org.tsuho.casefile;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on {@code @Scheduled} for the retention job (its cron {@code -} turns the job itself off). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RetentionScheduling {
}
