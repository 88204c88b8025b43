package org.homeward.app.frequencies;

/**
 * Identification's frequency database changed (chosen, or uploaded to be used): published in the
 * transaction of the change, so that the screening built on the old one is rebuilt.
 *
 * @param label the database now in use, as runs name it
 */
public record FrequencyDatabaseChosen(String label) {
}
