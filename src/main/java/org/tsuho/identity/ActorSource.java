package org.tsuho.identity;

import org.springframework.security.core.Authentication;

/** One way of signing in, able to say who the signed-in person is. */
public interface ActorSource {

    boolean supports(Authentication authentication);

    Actor actorOf(Authentication authentication);
}
