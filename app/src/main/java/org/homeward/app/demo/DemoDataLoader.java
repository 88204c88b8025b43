package org.homeward.app.demo;

/**
 * A feature's demonstration data, loaded by {@code homeward serve --demo}. Each feature that has
 * demo data declares one bean implementing this interface; {@link DemoData} calls every one of
 * them once at start-up, in {@link org.springframework.core.annotation.Order @Order}, when
 * {@code homeward.demo=true}.
 *
 * <p>{@link #load()} must be idempotent: loading twice changes nothing (use fixed identifiers and
 * insert only what is missing), because {@code --demo} may be given at every start.
 */
public interface DemoDataLoader {

    /** A short name for the log, such as {@code ledger}. */
    String name();

    /** Inserts whatever of this feature's demo data is not there yet. */
    void load();
}
