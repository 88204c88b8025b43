package org.homeward.app.security;

/** Why a restricted read was allowed: the reader's permission, or a break-glass grant. Write it in the audit entry. */
public enum AccessBasis {
    PERMISSION, BREAK_GLASS
}
