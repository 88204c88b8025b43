package org.homeward.app.security;

import static org.homeward.app.security.Permission.AUDIT_READ;
import static org.homeward.app.security.Permission.BREAK_GLASS;
import static org.homeward.app.security.Permission.CONSENT_WRITE;
import static org.homeward.app.security.Permission.DATA_EXPORT;
import static org.homeward.app.security.Permission.FAMILY_CONTACT_READ;
import static org.homeward.app.security.Permission.FAMILY_CONTACT_WRITE;
import static org.homeward.app.security.Permission.FREQUENCIES_MANAGE;
import static org.homeward.app.security.Permission.GENETIC_LINK_READ;
import static org.homeward.app.security.Permission.GENETIC_LINK_WRITE;
import static org.homeward.app.security.Permission.IDENTIFICATION_REVIEW;
import static org.homeward.app.security.Permission.IDENTIFICATION_RUN;
import static org.homeward.app.security.Permission.LEDGER_READ;
import static org.homeward.app.security.Permission.LEDGER_WRITE;
import static org.homeward.app.security.Permission.METRICS_READ;
import static org.homeward.app.security.Permission.MISSING_READ;
import static org.homeward.app.security.Permission.MISSING_WRITE;
import static org.homeward.app.security.Permission.NOTIFICATIONS_APPROVE;
import static org.homeward.app.security.Permission.NOTIFICATIONS_WRITE;
import static org.homeward.app.security.Permission.PROFILES_READ;
import static org.homeward.app.security.Permission.PROFILES_WRITE;
import static org.homeward.app.security.Permission.REMAINS_READ;
import static org.homeward.app.security.Permission.REMAINS_WRITE;
import static org.homeward.app.security.Permission.SETTINGS_MANAGE;
import static org.homeward.app.security.Permission.STATISTICS_READ;
import static org.homeward.app.security.Permission.USERS_MANAGE;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The roles and the permission matrix: the one place that says which role may do what. A person
 * may hold several roles and gets the union of their permissions.
 *
 * <p>Separation of duties: the administrator manages accounts but sees no records; the auditor
 * reads everything pseudonymised and the audit log, but follows a genetic link or reads a family's
 * contact details only by breaking the glass (audited, with a reason). One person never holds
 * administration together with analysis, audit or family liaison, nor supervision together with
 * family liaison ({@link #conflict(Set)}): an administrator cannot make themselves an analyst, and the
 * liaison officer does not approve their own notifications.
 */
public enum Role {
    /** Users, settings and the operational metrics. */
    ADMINISTRATOR(USERS_MANAGE, SETTINGS_MANAGE, METRICS_READ, STATISTICS_READ),
    /** The ledger, transfers and the remains register. */
    COORDINATOR(LEDGER_READ, LEDGER_WRITE, REMAINS_READ, REMAINS_WRITE, MISSING_READ, DATA_EXPORT, BREAK_GLASS,
            STATISTICS_READ),
    /** Samples, profiles, identification runs and reviews. */
    FORENSIC_ANALYST(REMAINS_READ, REMAINS_WRITE, PROFILES_READ, PROFILES_WRITE, GENETIC_LINK_READ, GENETIC_LINK_WRITE,
            IDENTIFICATION_RUN, IDENTIFICATION_REVIEW, FREQUENCIES_MANAGE, MISSING_READ, DATA_EXPORT, BREAK_GLASS, STATISTICS_READ),
    /** Missing persons, families, reference samples' consent, notifications. */
    FAMILY_LIAISON(MISSING_READ, MISSING_WRITE, FAMILY_CONTACT_READ, FAMILY_CONTACT_WRITE, GENETIC_LINK_WRITE, CONSENT_WRITE,
            NOTIFICATIONS_WRITE, BREAK_GLASS, STATISTICS_READ),
    /** Approves notifying a family; sees missing persons and the notifications. */
    SUPERVISOR(NOTIFICATIONS_APPROVE, MISSING_READ, STATISTICS_READ),
    /** The audit log and chain verification; read-only elsewhere, names and contacts only by breaking the glass. */
    AUDITOR(AUDIT_READ, LEDGER_READ, REMAINS_READ, PROFILES_READ, MISSING_READ, BREAK_GLASS, STATISTICS_READ),
    /** Public statistics only. */
    OBSERVER(STATISTICS_READ);

    /** Pairs of roles that one person must not hold together. */
    private static final List<Set<Role>> CONFLICTS = List.of(
            EnumSet.of(ADMINISTRATOR, FORENSIC_ANALYST), EnumSet.of(ADMINISTRATOR, AUDITOR), EnumSet.of(ADMINISTRATOR, FAMILY_LIAISON),
            EnumSet.of(ADMINISTRATOR, SUPERVISOR), EnumSet.of(SUPERVISOR, FAMILY_LIAISON));

    private final Set<Permission> permissions;

    Role(Permission... permissions) {
        EnumSet<Permission> set = EnumSet.noneOf(Permission.class);
        Collections.addAll(set, permissions);
        this.permissions = Collections.unmodifiableSet(set);
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    /** The first pair of {@code roles} that one person must not hold together, if any. */
    public static Optional<Set<Role>> conflict(Set<Role> roles) {
        return CONFLICTS.stream().filter(roles::containsAll).findFirst();
    }

    /** The union of the roles' permissions. */
    public static Set<Permission> permissionsOf(Collection<Role> roles) {
        EnumSet<Permission> union = EnumSet.noneOf(Permission.class);
        roles.forEach(role -> union.addAll(role.permissions));
        return union;
    }
}
