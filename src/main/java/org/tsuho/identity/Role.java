package org.tsuho.identity;

import java.util.Arrays;
import java.util.Optional;

/** The roles of domain.md §7. The group name doubles as the BPMN candidate group and the Keycloak realm role. */
public enum Role {
    COMPANY("company"),
    CASE_WORKER("case-worker"),
    SUPERVISOR("supervisor"),
    EXAMINER("examiner"),
    POLICE_LIAISON("police-liaison"),
    MOD_LIAISON("mod-liaison"),
    OVERSIGHT("oversight"),
    ADMIN("admin");

    private final String group;

    Role(String group) {
        this.group = group;
    }

    public String group() {
        return group;
    }

    /** The Spring Security authority, e.g. {@code ROLE_CASE_WORKER}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> ofGroup(String group) {
        return Arrays.stream(values()).filter(r -> r.group.equals(group)).findFirst();
    }

    public static Optional<Role> ofAuthority(String authority) {
        return Arrays.stream(values()).filter(r -> r.authority().equals(authority)).findFirst();
    }
}
