package org.homeward.formats.common;

/** How a reader treats a problem in its input. */
public enum Strictness {
    /** Any error fails the whole file: nothing is returned, every problem is listed. The default. */
    STRICT,
    /** Unsound records are skipped and listed; what is sound is returned. */
    LENIENT
}
