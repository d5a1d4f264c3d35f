package org.tsuho.identity.persistence;

import java.time.Clock;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tsuho.identity.SignInThrottleSettings;
import org.tsuho.identity.SignInThrottledException;

/** Password sign-in with the embedded accounts (form login and HTTP Basic), throttled after repeated failures. */
@Configuration(proxyBeanMethods = false)
class AccountSignInConfiguration {

    @Bean
    AuthenticationProvider accountAuthentication(Accounts accounts, PasswordEncoder passwords, SignInThrottleSettings throttle,
            Clock clock) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(accounts);
        passwordCheck.setPasswordEncoder(passwords);
        return new SignInThrottle(new RecentSignIns(passwordCheck, Clock.systemUTC()), throttle, clock);
    }

    /** Boot's publisher, told that a throttled sign-in is a failure like a locked account, so it is audited as one. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(Map.of(SignInThrottledException.class, AuthenticationFailureLockedEvent.class));
        return publisher;
    }
}
