package org.tsuho.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.tsuho.identity.Actors;

/**
 * Sign-ins and refusals in the audit trail.
 * <ul>
 *   <li>{@code LOGIN} for interactive sign-ins (the form, or OIDC), {@code LOGOUT}. HTTP Basic authenticates every API
 *       request again, so its successes are not recorded (they would flood the trail with one entry per call); its
 *       failures are.</li>
 *   <li>{@code LOGIN_FAILED} for every failed sign-in, the actor being the name that was tried (cut to 100 characters);
 *       the detail says why ({@code BadCredentials}, …) and where ({@code API} or {@code SCREEN}).</li>
 *   <li>{@code ACCESS_REFUSED} when the security chain refuses a signed-in person a path their role may not use (the
 *       API's 403 and the screens' 403 page both follow from that one refusal); unauthenticated requests are answered
 *       with 401 or the sign-in page and are not refusals.</li>
 *   <li>{@code ACTION_REFUSED} when a service refuses an action to someone whose role may reach it (separation of
 *       duties): the error handlers call {@link #refused(HttpServletRequest)}.</li>
 * </ul>
 * The detail of a refusal is the method and path (ids, never a query string or body).
 */
@Component
public class AccessAudit {

    private final AuditTrail trail;
    private final Actors actors;

    AccessAudit(AuditTrail trail, Actors actors) {
        this.trail = trail;
        this.actors = actors;
    }

    /** A service refused the signed-in person this request (recorded in its own transaction: the service's rolled back). */
    public void refused(HttpServletRequest request) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn(current)) {
            trail.record(actors.of(current), null, "ACTION_REFUSED", request.getMethod() + " " + request.getRequestURI());
        }
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        String how = event.getGeneratedBy().getSimpleName().startsWith("OAuth2") ? "OIDC" : "FORM";
        trail.record(actors.of(event.getAuthentication()), null, "LOGIN", how);
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        if (signedIn(event.getAuthentication())) {
            trail.record(actors.of(event.getAuthentication()), null, "LOGOUT", null);
        }
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        String tried = event.getAuthentication().getName();
        String reason = event.getException().getClass().getSimpleName().replaceFirst("Exception$", "");
        trail.recordUnauthenticated(tried == null || tried.isBlank() ? "-" : tried, "LOGIN_FAILED", reason + " " + channel());
    }

    @EventListener
    void accessDenied(AuthorizationDeniedEvent<?> event) {
        Authentication who = event.getAuthentication().get();
        if (!signedIn(who)) {
            return;
        }
        HttpServletRequest request = event.getObject() instanceof HttpServletRequest r ? r : currentRequest();
        trail.record(actors.of(who), null, "ACCESS_REFUSED",
                request == null ? null : request.getMethod() + " " + request.getRequestURI());
    }

    private static boolean signedIn(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    private static String channel() {
        HttpServletRequest request = currentRequest();
        if (request == null) {
            return "-";
        }
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/") ? "API" : "SCREEN";
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
