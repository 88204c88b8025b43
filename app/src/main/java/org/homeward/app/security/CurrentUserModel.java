package org.homeward.app.security;

import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Who is signed in and what they may do, for the header's links: every page gets it as
 * {@code signedIn} (through the web layer's page advice).
 */
@Component
public class CurrentUserModel {

    /** What a page needs to know of the signed-in person. */
    public record SignedInPerson(String username, String displayName, Set<Permission> permissions) {
        public boolean may(String permission) {
            return permissions.contains(Permission.valueOf(permission));
        }
    }

    public SignedInPerson signedIn() {
        return CurrentUser.find()
                .map(me -> new SignedInPerson(me.username(), me.displayName(), Role.permissionsOf(me.roles())))
                .orElse(null);
    }
}
