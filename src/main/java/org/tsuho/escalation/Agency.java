package org.tsuho.escalation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tsuho.identity.Actor;
import org.tsuho.identity.Role;

/** The partners a case can be referred to, and the liaison role that works each one's referrals. */
public enum Agency {
    /** 警察庁 (National Police Agency). */
    POLICE(Role.POLICE_LIAISON),
    /** 防衛省 (Ministry of Defense, for the Self-Defense Forces). */
    MOD(Role.MOD_LIAISON);

    private final Role liaison;

    Agency(Role liaison) {
        this.liaison = liaison;
    }

    /** The candidate group of this agency's acknowledgement tasks. */
    public String liaisonGroup() {
        return liaison.group();
    }

    public static Optional<Agency> ofLiaisonGroup(String group) {
        return Arrays.stream(values()).filter(a -> a.liaisonGroup().equals(group)).findFirst();
    }

    /** The agencies whose referrals this person may see: none for anyone but a liaison. */
    public static Set<Agency> of(Actor actor) {
        return Arrays.stream(values()).filter(a -> actor.has(a.liaison))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Agency.class)));
    }
}
