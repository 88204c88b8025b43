package org.homeward.app.jobs;

import java.util.List;
import java.util.function.Function;

import org.homeward.app.security.Permission;

/**
 * A kind of background job: its {@code name} (such as {@code identification.screening}) and the
 * permissions needed for a job of it with given parameters, checked when it is asked for, when it
 * starts (the requester may have lost them meanwhile), and at every read of it and of its file.
 */
public record JobKind(String name, Function<String, List<Permission>> permissions) {

    /** A kind needing the same permissions whatever its parameters. */
    public static JobKind of(String name, Permission... needed) {
        List<Permission> all = List.of(needed);
        return new JobKind(name, parameters -> all);
    }

    public List<Permission> permissions(String parameters) {
        return permissions.apply(parameters);
    }
}
