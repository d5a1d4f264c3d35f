package org.tsuho.web;

import static org.tsuho.web.SecurityConfiguration.CASE_READERS;
import static org.tsuho.web.SecurityConfiguration.LIAISONS;
import static org.tsuho.web.SecurityConfiguration.TASK_ROLES;

import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.tsuho.identity.Actor;
import org.tsuho.identity.Actors;
import org.tsuho.identity.Role;

/**
 * Who the layout's top bar names, and which screens its menu offers. Templates call it as
 * {@code ${@screenUser.current()}}, which also works on error pages, where no controller fills a model.
 */
@Component("screenUser")
public class ScreenUser {

    /** The signed-in person as the top bar shows them; roles in a stable order. */
    public record SignedIn(String username, String displayName, List<Role> roles, boolean company, boolean taskQueue,
                           boolean caseReader, boolean liaison) {
    }

    private final Actors actors;

    ScreenUser(Actors actors) {
        this.actors = actors;
    }

    /** @return null when nobody is signed in */
    public SignedIn current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        Actor actor = actors.of(authentication);
        return new SignedIn(actor.username(), actor.displayName(), actor.roles().stream().sorted().toList(),
                actor.isCompanyUser(), actor.hasAny(List.of(TASK_ROLES)), actor.hasAny(List.of(CASE_READERS)),
                actor.hasAny(List.of(LIAISONS)));
    }
}
