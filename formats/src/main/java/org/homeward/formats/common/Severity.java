package org.homeward.formats.common;

/** How serious a {@link Problem} is. */
public enum Severity {
    /** The record it names is wrong: STRICT fails the file, LENIENT skips the record. */
    ERROR,
    /** The file is usable but holds something the reader did not keep or doubts. */
    WARNING
}
