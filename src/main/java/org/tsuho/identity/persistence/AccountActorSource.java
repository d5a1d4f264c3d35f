package org.tsuho.identity.persistence;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.tsuho.identity.Actor;
import org.tsuho.identity.ActorSource;

/** Sign-in with an embedded account (form login or HTTP Basic). */
@Component
class AccountActorSource implements ActorSource {

    @Override
    public boolean supports(Authentication authentication) {
        return authentication.getPrincipal() instanceof AccountUser;
    }

    @Override
    public Actor actorOf(Authentication authentication) {
        return ((AccountUser) authentication.getPrincipal()).actor();
    }
}
