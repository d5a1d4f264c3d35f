package org.tsuho.web;

import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.tsuho.identity.SignInThrottledException;

/** The embedded default: the accounts table, with form login for the screens and HTTP Basic for the API. */
@Component
@Profile("!keycloak")
class EmbeddedSignIn implements SignInMechanism {

    private final AuthenticationEntryPoint apiEntryPoint;

    EmbeddedSignIn(ProblemResponses problems) {
        this.apiEntryPoint = new ProblemAuthenticationEntryPoint(problems, "Basic realm=\"tsuho\"");
    }

    @Override
    public void configureApi(HttpSecurity http) throws Exception {
        http.httpBasic(basic -> basic.realmName("tsuho").authenticationEntryPoint(apiEntryPoint));
    }

    @Override
    public AuthenticationEntryPoint apiEntryPoint() {
        return apiEntryPoint;
    }

    /** A wrong password and a throttled sign-in read differently on the sign-in page. */
    private static AuthenticationFailureHandler signInFailures() {
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(SignInThrottledException.class.getName(), "/login?throttled"));
        return failures;
    }

    @Override
    public void configureScreens(HttpSecurity http) throws Exception {
        http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll()
                        .failureHandler(signInFailures()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll());
    }
}
