package org.homeward.app.security;

/**
 * What a person or an API token may do. Each is granted to roles in {@link Role}, the one
 * permission matrix, and is the authority name Spring Security checks ({@code "LEDGER_WRITE"}).
 * An endpoint or a facade method declares the one it needs with {@link RequiresPermission}.
 */
public enum Permission {
    /** See parties, statements, agreements, transfers, offers and count claims. */
    LEDGER_READ,
    /** Record statements, claims, agreements and transfers. */
    LEDGER_WRITE,
    /** See the remains register: bodies, parts, bags, custody. */
    REMAINS_READ,
    /** Register remains, samples and custody events. */
    REMAINS_WRITE,
    /** See DNA profiles under their sample codes (pseudonymised). */
    PROFILES_READ,
    /** Store DNA profiles (lab systems). */
    PROFILES_WRITE,
    /** Follow a sample code to the person it belongs to; every follow is audited. */
    GENETIC_LINK_READ,
    /** Record whom a sample code belongs to. */
    GENETIC_LINK_WRITE,
    /** Record and withdraw donors' consent for reference samples. */
    CONSENT_WRITE,
    /** Start identification (screening and matching) runs. */
    IDENTIFICATION_RUN,
    /** Review candidate matches and decide identifications. */
    IDENTIFICATION_REVIEW,
    /** Upload a laboratory's allele frequency databases and choose the one identification uses. */
    FREQUENCIES_MANAGE,
    /** See missing persons and the families' reports. */
    MISSING_READ,
    /** Record missing persons, reports and relatives. */
    MISSING_WRITE,
    /** See a family's contact details; every read is audited. */
    FAMILY_CONTACT_READ,
    /** Record a family's contact details. */
    FAMILY_CONTACT_WRITE,
    /** Notify families, issue certificates, release remains. */
    NOTIFICATIONS_WRITE,
    /** Approve notifying a family (a supervisor, not the liaison officer who notifies). */
    NOTIFICATIONS_APPROVE,
    /** Export records from the system (every export is audited). */
    DATA_EXPORT,
    /** Open a restricted record without the right, giving a reason (time-limited and audited). */
    BREAK_GLASS,
    /** Read the audit log, verify its chain, see break-glass accesses. */
    AUDIT_READ,
    /** Create, disable and change user accounts and their roles. */
    USERS_MANAGE,
    /** Change installation settings. */
    SETTINGS_MANAGE,
    /** Scrape the operational metrics ({@code /actuator/prometheus}) and see the health checks' components: counts and timings, no records. */
    METRICS_READ,
    /** See statistics. */
    STATISTICS_READ
}
