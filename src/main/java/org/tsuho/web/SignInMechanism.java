package org.tsuho.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * How people and API clients prove who they are. The security chains keep every path's rules in one place
 * and ask this bean, one per profile, only for the sign-in part: embedded accounts by default, Keycloak under
 * the {@code keycloak} profile.
 */
interface SignInMechanism {

    /** The stateless API's authentication (HTTP Basic, or bearer access tokens). */
    void configureApi(HttpSecurity http) throws Exception;

    /** The API's 401: problem+json with the {@code WWW-Authenticate} challenge of this mechanism. */
    AuthenticationEntryPoint apiEntryPoint();

    /** The screens' sign-in and sign-out. */
    void configureScreens(HttpSecurity http) throws Exception;

    /**
     * Where the screens' forms may lead, for the CSP's {@code form-action}. Browsers apply it to the redirects
     * after a form too, so signing out at an identity provider needs that provider here.
     */
    default String formActionSources() {
        return "'self'";
    }
}
