package org.homeward.app.security;

import java.util.Optional;

/**
 * The credential a person asked with for work done later (a background job): their account and, for
 * a request made with an API token, that token ({@code tokenId}, null for a browser session).
 * {@link Credentials#check} checks it again when the work starts.
 */
public record Credential(long userId, String username, Long tokenId) {

    /** The credential of the person acting now; none for a system task. */
    public static Optional<Credential> current() {
        return CurrentUser.find().map(person -> new Credential(person.userId(), person.username(), person.tokenId()));
    }
}
