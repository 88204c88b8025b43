package org.homeward.app.demo;

import org.homeward.app.security.SystemTasks;

/**
 * One set of demonstration data, loaded by {@code homeward serve --demo}: a bean in this package
 * that enters its data through the features' public surfaces (no feature knows this package);
 * {@link DemoData} calls every one of them once at start-up, in
 * {@link org.springframework.core.annotation.Order @Order}, when {@code homeward.demo=true}.
 *
 * <p>{@link #load()} must be idempotent: loading twice changes nothing (use fixed identifiers and
 * insert only what is missing), because {@code --demo} may be given at every start.
 */
interface DemoDataLoader {

    /** A short name for the log, such as {@code ledger}. */
    String name();

    /**
     * Inserts whatever of this feature's demo data is not there yet, as the demo system task
     * ({@link SystemTasks#DEMO}): the audit log and every "recorded by" name it.
     */
    default void load() {
        SystemTasks.runAs(SystemTasks.DEMO, this::insertMissing);
    }

    /** What {@link #load()} runs as the demo system task: inserts whatever is missing. */
    void insertMissing();
}
