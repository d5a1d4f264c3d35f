package org.tsuho.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A signed-in person as the modules see them.
 *
 * @param companyId corporate number of the company user's operator; null for regulator staff
 */
public record Actor(String username, String displayName, Set<Role> roles, String companyId) {

    public Actor {
        Objects.requireNonNull(username);
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        if (roles.contains(Role.COMPANY) && (companyId == null || companyId.isBlank())) {
            throw new IllegalArgumentException("a company user needs a company: " + username);
        }
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Collection<Role> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    public boolean isCompanyUser() {
        return has(Role.COMPANY);
    }

    /** Candidate groups whose queues this person works. */
    public Set<String> groups() {
        return roles.stream().map(Role::group).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
