package org.homeward.app.web;

/**
 * The lengths and list sizes that every feature shares, so that a note is as long and a page of
 * results as large on every form, API and page. Compile-time constants: they go into
 * {@code @Size(max = …)} and request parameter defaults.
 */
public final class Limits {

    /** A free-text note, reason, basis or description written by a person: 2,000 characters. */
    public static final int NOTE_LENGTH = 2000;

    /** Rows on one page of search results, and what an API search returns when not asked for a number. */
    public static final int PAGE_SIZE = 50;

    /** The latest entries a list page shows (runs, audit entries, samples in a queue). */
    public static final int RECENT_ROWS = 200;

    /** The most rows one request gets, whatever it asks for. */
    public static final int MAX_ROWS = 500;

    private Limits() {
    }
}
