package org.homeward.app.security;

import java.util.Set;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page {@code signedIn}: who is signed in and what they may do, for the header's links. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class CurrentUserAdvice {

    /** What a page needs to know of the signed-in person. */
    record SignedInPerson(String username, String displayName, Set<Permission> permissions) {
        public boolean may(String permission) {
            return permissions.contains(Permission.valueOf(permission));
        }
    }

    @ModelAttribute("signedIn")
    SignedInPerson signedIn() {
        return CurrentUser.find()
                .map(me -> new SignedInPerson(me.username(), me.displayName(), Role.permissionsOf(me.roles())))
                .orElse(null);
    }
}
