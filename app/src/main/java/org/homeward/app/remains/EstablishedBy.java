package org.homeward.app.remains;

/** What established who the remains are: an identification decision or a re-association (shown through {@code remains.label.decision.*}). */
public enum EstablishedBy {
    IDENTIFICATION,
    REASSOCIATION
}
