package org.homeward.app.remains;

/** What was wrong with a bag as received: it is registered all the same, and flagged on the receipt. */
public enum BagCondition {
    /** The bag is torn or otherwise damaged. */
    DAMAGED,
    /** The bag carries no label. */
    UNLABELLED,
    /** The bag has a label that cannot be read. */
    LABEL_ILLEGIBLE,
    /** The bag's seal was found broken. */
    SEAL_BROKEN;

    /** The condition as written in a manifest's condition column ("label illegible"), or null when it names none. */
    static BagCondition named(String text) {
        String key = text.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z]+", "_").replace("UNLABELED", "UNLABELLED");
        for (BagCondition condition : values()) {
            if (condition.name().equals(key)) {
                return condition;
            }
        }
        return null;
    }
}
