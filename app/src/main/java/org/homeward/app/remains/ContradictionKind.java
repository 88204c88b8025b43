package org.homeward.app.remains;

/**
 * How a statement of whose remains these are contradicts the DNA result; stored as this code, shown
 * through the message bundles ({@code remains.label.conflict.*}) with the statement's own words.
 */
public enum ContradictionKind {
    /** The statement named the other side; DNA identified one of ours. */
    OTHER_SIDE,
    /** The statement gave a service number other than the person's. */
    SERVICE_NUMBER,
    /** The statement gave a name in which the person's surname does not appear. */
    NAME
}
