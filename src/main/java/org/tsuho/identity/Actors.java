package org.tsuho.identity;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns whatever authenticated the request (an embedded account, an OIDC login, a bearer token) into an
 * {@link Actor}. Each sign-in mechanism contributes an {@link ActorSource}.
 */
@Component
public class Actors {

    private final List<ActorSource> sources;

    Actors(List<ActorSource> sources) {
        this.sources = sources;
    }

    public Actor of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new IllegalStateException("not signed in");
        }
        return sources.stream()
                .filter(s -> s.supports(authentication))
                .findFirst()
                .map(s -> s.actorOf(authentication))
                .orElseThrow(() -> new IllegalStateException("no actor for " + authentication.getClass().getSimpleName()));
    }

    public Actor current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }
}
