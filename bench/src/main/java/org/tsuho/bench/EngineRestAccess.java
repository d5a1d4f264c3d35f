package org.tsuho.bench;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Baseline B1 only: lets the load generator reach the engine's stock REST API ({@code /engine-rest/**}), which
 * bench/run adds to the product's classpath together with this class when it starts the baseline on its own port and
 * database. Never on the product's classpath, so the product denies that path like any other unlisted one.
 */
@AutoConfiguration
@ConditionalOnClass(name = "org.operaton.bpm.spring.boot.starter.rest.OperatonJerseyResourceConfig")
public class EngineRestAccess {

    @Bean
    @Order(0)
    SecurityFilterChain engineRestForTheBaseline(HttpSecurity http) throws Exception {
        // A plain prefix test: the API is served by its own servlet, which path matchers for the MVC servlet do not see.
        return http.securityMatcher(request -> request.getRequestURI().startsWith("/engine-rest/"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
