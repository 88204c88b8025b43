package org.homeward.app.remains;

/**
 * What a commingling link between two remains says. The latest link between a pair holds; earlier
 * ones stay as history, so a merge ({@link #SAME_PERSON}) is undone by a later {@link #NOT_SAME_PERSON}.
 */
public enum LinkKind {
    /** Both are parts of one person (a merge). */
    SAME_PERSON,
    /** Both may be parts of one person: to be confirmed, by DNA for instance. */
    POSSIBLY_SAME_PERSON,
    /** They are not parts of one person (a split, or a possibility ruled out). */
    NOT_SAME_PERSON,
    /** The first was registered as a part separated from the second (found in its bag or with it). */
    SPLIT_FROM
}
