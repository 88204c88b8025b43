package org.homeward.app.remains;

/** Where remains are stored. */
public enum StorageKind {
    MORGUE,
    REFRIGERATED_CONTAINER,
    SHELF,
    LABORATORY,
    OTHER
}
