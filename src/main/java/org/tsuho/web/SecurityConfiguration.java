package org.tsuho.web;

import static org.tsuho.identity.Role.ADMIN;
import static org.tsuho.identity.Role.CASE_WORKER;
import static org.tsuho.identity.Role.COMPANY;
import static org.tsuho.identity.Role.EXAMINER;
import static org.tsuho.identity.Role.MOD_LIAISON;
import static org.tsuho.identity.Role.OVERSIGHT;
import static org.tsuho.identity.Role.POLICE_LIAISON;
import static org.tsuho.identity.Role.SUPERVISOR;

import java.util.Arrays;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.tsuho.identity.Role;

/**
 * Two chains: the stateless API (401 problem+json with {@code WWW-Authenticate}, never a redirect) and the
 * screens (CSRF, session). Every path is named here with the roles that may use it; anything unnamed is
 * refused. How people sign in is the {@link SignInMechanism}'s part: embedded accounts (HTTP Basic, form
 * login) by default, Keycloak (bearer tokens, OIDC login) under the {@code keycloak} profile.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Regulator staff who work case queues. */
    static final Role[] CASE_STAFF = {CASE_WORKER, SUPERVISOR, EXAMINER};
    /** Everyone who may read cases. */
    static final Role[] CASE_READERS = {CASE_WORKER, SUPERVISOR, EXAMINER, OVERSIGHT, ADMIN};
    /** Everyone with a task queue. */
    static final Role[] TASK_ROLES = {CASE_WORKER, SUPERVISOR, EXAMINER, POLICE_LIAISON, MOD_LIAISON};
    /** The partners' liaisons, who see only their own agency's referrals. */
    static final Role[] LIAISONS = {POLICE_LIAISON, MOD_LIAISON};
    /** Notices: a company its own, staff who read cases all of them. */
    static final Role[] NOTICE_READERS = {COMPANY, CASE_WORKER, SUPERVISOR, EXAMINER, OVERSIGHT, ADMIN};

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, SignInMechanism signIn) throws Exception {
        signIn.configureApi(http);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/v1/reports").hasRole(COMPANY.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/reports", "/api/v1/reports/*").hasRole(COMPANY.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/requests/*/answer").hasRole(COMPANY.name())
                        .requestMatchers("/api/v1/tasks", "/api/v1/tasks/**").hasAnyRole(names(TASK_ROLES))
                        .requestMatchers(HttpMethod.GET, "/api/v1/cases", "/api/v1/cases/*").hasAnyRole(names(CASE_READERS))
                        .requestMatchers(HttpMethod.GET, "/api/v1/referrals", "/api/v1/referrals/*", "/api/v1/referrals/*/stix")
                                .hasAnyRole(names(LIAISONS))
                        .requestMatchers(HttpMethod.POST, "/api/v1/referrals/*/feedback").hasAnyRole(names(LIAISONS))
                        .requestMatchers(HttpMethod.POST, "/api/v1/proceedings").hasRole(CASE_WORKER.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/proceedings/*").hasAnyRole(names(CASE_READERS))
                        .requestMatchers(HttpMethod.GET, "/api/v1/notices", "/api/v1/notices/*", "/api/v1/notices/*/pdf")
                                .hasAnyRole(names(NOTICE_READERS))
                        .requestMatchers(HttpMethod.POST, "/api/v1/notices/*/explanation").hasRole(COMPANY.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/appeals", "/api/v1/appeals/*/submissions").hasRole(COMPANY.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/appeals", "/api/v1/appeals/*").hasAnyRole(names(NOTICE_READERS))
                        .requestMatchers(HttpMethod.GET, "/api/v1/audit/verify", "/api/v1/audit/head").hasAnyRole(OVERSIGHT.name(), ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/statistics/transparency").hasAnyRole(OVERSIGHT.name(), ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/cases/*/missing-notification-proceeding").hasRole(CASE_WORKER.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/operators", "/api/v1/operators/*", "/api/v1/operators/*/computers")
                                .hasAnyRole(names(CASE_READERS))
                        .requestMatchers(HttpMethod.POST, "/api/v1/operators", "/api/v1/operators/import").hasRole(ADMIN.name())
                        .requestMatchers(HttpMethod.PUT, "/api/v1/operators/*").hasRole(ADMIN.name())
                        .anyRequest().denyAll())
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(signIn.apiEntryPoint())
                        .accessDeniedHandler((request, response, denied) -> problems.write(response,
                                problems.problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Your role may not do this."))))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // JSON and PDFs only: nothing on the API may run script, be framed or leak its address onwards.
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new BodySizeLimitFilter(problems), BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication
    SecurityFilterChain screens(HttpSecurity http, SignInMechanism signIn) throws Exception {
        signIn.configureScreens(http);
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/favicon.svg", "/error", "/error/403", "/v3/api-docs", "/v3/api-docs/**",
                                "/actuator/health").permitAll()
                        .requestMatchers("/company/**").hasRole(COMPANY.name())
                        .requestMatchers("/inbox", "/inbox/**").hasAnyRole(names(TASK_ROLES))
                        .requestMatchers(HttpMethod.POST, "/cases/*/legal-hold").hasRole(SUPERVISOR.name())
                        // Saved searches are the reader's own: everyone who reads cases keeps them.
                        .requestMatchers(HttpMethod.POST, "/cases/searches", "/cases/searches/*/delete").hasAnyRole(names(CASE_READERS))
                        // Oversight and admin read cases, proceedings and appeals; only case staff act on them.
                        .requestMatchers(HttpMethod.POST, "/cases/**", "/proceedings/**", "/appeals/**").hasAnyRole(names(CASE_STAFF))
                        .requestMatchers("/cases", "/cases/**").hasAnyRole(names(CASE_READERS))
                        .requestMatchers("/referrals", "/referrals/**").hasAnyRole(names(LIAISONS))
                        .requestMatchers("/proceedings", "/proceedings/**").hasAnyRole(names(CASE_READERS))
                        .requestMatchers("/appeals", "/appeals/**").hasAnyRole(names(CASE_READERS))
                        .requestMatchers(HttpMethod.GET, "/oversight", "/oversight/**").hasAnyRole(OVERSIGHT.name(), ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/dashboard").hasAnyRole(names(CASE_READERS))
                        .requestMatchers("/registry/new", "/registry/*/edit", "/registry/import", "/registry/import/**").hasRole(ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/admin/outbox").hasRole(ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/admin/outbox/*/retry").hasRole(ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/registry", "/registry/*").hasAnyRole(names(CASE_READERS))
                        .requestMatchers(HttpMethod.POST, "/notifications/*/claim", "/notifications/*/review").hasRole(CASE_WORKER.name())
                        .requestMatchers(HttpMethod.GET, "/notifications/*").hasAnyRole(names(CASE_READERS))
                        .requestMatchers("/").authenticated()
                        .anyRequest().denyAll())
                .exceptionHandling(ex -> ex.accessDeniedPage("/error/403"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                        + "object-src 'none'; base-uri 'self'; form-action " + signIn.formActionSources() + "; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                .httpBasic(basic -> basic.disable())
                .csrf(Customizer.withDefaults());
        return http.build();
    }

    static String[] names(Role... roles) {
        return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }
}
