package org.homeward.app.registry;

/**
 * A family's matching inputs may have changed (a missing person or a relative added, relationships
 * corrected, reports merged into it): published inside that transaction, so that identification
 * asks for a screening that commits or rolls back with the change.
 */
public record FamilyChanged(long familyId) {
}
