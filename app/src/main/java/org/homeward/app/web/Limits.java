package org.homeward.app.web;

import java.time.LocalDate;

/**
 * The lengths and list sizes that every feature shares, so that a note is as long and a page of
 * results as large on every form, API and page. Compile-time constants: they go into
 * {@code @Size(max = …)} and request parameter defaults.
 */
public final class Limits {

    /** A free-text note, reason, basis or description written by a person: 2,000 characters. */
    public static final int NOTE_LENGTH = 2000;

    /**
     * The longest any one text in a request may be (a pasted article to extract claims from), checked
     * at the door for every JSON string and form field; each field's {@code @Size} is its own, shorter
     * maximum. Longer text is refused before anything reads it further.
     */
    public static final int LONGEST_TEXT = 200_000;

    /** The earliest date any request may carry where its domain names no earlier one (PostgreSQL and Java agree on it). */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

    /** How many years past today a date in a request may lie (an agreement's term, a planned return), where its domain says nothing narrower. */
    public static final int YEARS_AHEAD = 10;

    /** An id or code a person types or a program sends (a sample code, a subject id): 100 characters. */
    public static final int CODE_LENGTH = 100;

    /** A name: of a person, an organisation, or a restricted record opened by breaking the glass: 200 characters. */
    public static final int NAME_LENGTH = 200;

    /** Rows on one page of search results, and what an API search returns when not asked for a number. */
    public static final int PAGE_SIZE = 50;

    /** The latest entries a list page shows (runs, audit entries, samples in a queue). */
    public static final int RECENT_ROWS = 200;

    /** The most rows one request gets, whatever it asks for. */
    public static final int MAX_ROWS = 500;

    private Limits() {
    }
}
