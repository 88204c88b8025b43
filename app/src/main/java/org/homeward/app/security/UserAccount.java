package org.homeward.app.security;

import java.time.Instant;
import java.util.Set;

/**
 * A user account as administrators see it. {@code passwordSet} is false until the person has
 * chosen a password through their one-time link; {@code version} is passed back when editing, so
 * two administrators cannot overwrite each other's changes unknowingly.
 */
public record UserAccount(long id, String username, String displayName, Set<Role> roles, boolean enabled,
        boolean passwordSet, Instant createdAt, int version) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }

    public Set<Permission> permissions() {
        return Role.permissionsOf(roles);
    }
}
