package org.tsuho.identity.persistence;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.tsuho.identity.Actor;

/** An embedded account as Spring Security holds it, carrying the actor it stands for. */
public final class AccountUser extends User {

    private final Actor actor;

    AccountUser(Actor actor, String passwordHash, boolean enabled, Collection<? extends GrantedAuthority> authorities) {
        super(actor.username(), passwordHash, enabled, true, true, true, authorities);
        this.actor = actor;
    }

    public Actor actor() {
        return actor;
    }
}
