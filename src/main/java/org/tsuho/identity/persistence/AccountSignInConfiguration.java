package org.tsuho.identity.persistence;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password sign-in with the embedded accounts (form login and HTTP Basic). */
@Configuration(proxyBeanMethods = false)
class AccountSignInConfiguration {

    @Bean
    AuthenticationProvider accountAuthentication(Accounts accounts, PasswordEncoder passwords) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(accounts);
        passwordCheck.setPasswordEncoder(passwords);
        return new RecentSignIns(passwordCheck, Clock.systemUTC());
    }
}
