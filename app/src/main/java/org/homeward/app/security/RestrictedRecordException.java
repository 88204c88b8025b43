package org.homeward.app.security;

import org.springframework.security.access.AccessDeniedException;

/**
 * A restricted record refused by {@link BreakGlass#requireAccess}: the reader holds neither the
 * permission nor an open grant for {@link #resource()}. Pages answer it with the break-glass form
 * to people who may break the glass, and with 403 to everyone else.
 */
public class RestrictedRecordException extends AccessDeniedException {

    private final String resource;

    RestrictedRecordException(Permission permission, String resource) {
        super("Needs " + permission + " or a break-glass grant for " + resource);
        this.resource = resource;
    }

    /** The record, as {@code kind:id}. */
    public String resource() {
        return resource;
    }
}
