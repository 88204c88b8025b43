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

    /** A title, a publisher, a place, an archive reference: 500 characters. */
    public static final int TITLE_LENGTH = 500;

    /** A web address: 2,000 characters (what browsers and servers reliably carry). */
    public static final int URL_LENGTH = 2000;

    /** A sentence or paragraph quoted exactly from a source: 5,000 characters. */
    public static final int QUOTE_LENGTH = 5000;

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

    /**
     * A name as a person writes it: a person's surname or given names (in either alphabet), a military
     * unit, a place, an organisation, a restricted record opened by breaking the glass, a speaker and their role, a role, a region or a body part, an examiner, a custodian or a
     * witness, who received something: 300 characters.
     */
    public static final int NAME_LENGTH = 300;

    /**
     * A few words or a number a person types: a relationship in plain words ("paternal half-brother"), a
     * service or certificate number, a phone number, a language: 100 characters.
     */
    public static final int SHORT_TEXT_LENGTH = 100;

    /** A postal or e-mail address: 500 characters. */
    public static final int ADDRESS_LENGTH = 500;

    /** An account a person gives: the circumstances of a disappearance, a physical description: 4,000 characters. */
    public static final int ACCOUNT_LENGTH = 4000;

    /** A place as a person writes it (a locality, where a handover happened): 300 characters. */
    public static final int PLACE_LENGTH = 300;

    /** A long finding written by a person (an examination's notes): 4,000 characters. */
    public static final int FINDINGS_LENGTH = 4000;

    /** A bag's number as written on the bag: 50 characters. */
    public static final int BAG_NUMBER_LENGTH = 50;

    /** A body number, or the prefix of one searched for: 64 characters. */
    public static final int BODY_NUMBER_LENGTH = 64;

    /** Witnesses named at one custody event or handover. */
    public static final int WITNESSES = 20;

    /** Seals broken or applied at one custody event. */
    public static final int SEALS = 50;

    /** Items that one request may name together (remains returned at once, custody events in bulk). */
    public static final int ITEMS_PER_REQUEST = 5000;

    /** Rows on one page of search results, and what an API search returns when not asked for a number. */
    public static final int PAGE_SIZE = 50;

    /** The latest entries a list page shows (runs, audit entries, samples in a queue). */
    public static final int RECENT_ROWS = 200;

    /** The most rows one request gets, whatever it asks for. */
    public static final int MAX_ROWS = 500;

    /** The most rows one export of a list writes; more matching rows are refused until the filters narrow them. */
    public static final int EXPORT_ROWS = 100_000;

    private Limits() {
    }
}
