package org.homeward.app.families;

/** What the family chose for a further part of their relative's remains. */
public enum FurtherRemainsChoice {
    /** The part is interred with the first burial (in the same grave). */
    INTER_WITH_FIRST_BURIAL,
    /** The part is buried separately, as the family arranges. */
    SEPARATE_BURIAL,
    /** The family leaves it to the authority to inter the part. */
    AUTHORITY_INTERS
}
