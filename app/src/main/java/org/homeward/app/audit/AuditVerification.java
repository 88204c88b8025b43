package org.homeward.app.audit;

import java.util.OptionalLong;

/**
 * The result of checking the whole audit chain. When it is broken, {@code firstBrokenEntry} is the
 * number of the first entry that does not check out and {@code problem} says how; {@code entries}
 * counts the entries read. {@code headHash} is the hash of the last entry (the genesis value for an
 * empty log): write it down somewhere else to detect later removal of the newest entries.
 */
public record AuditVerification(boolean intact, long entries, OptionalLong firstBrokenEntry, String problem, String headHash) {

    static AuditVerification intact(long entries, String headHash) {
        return new AuditVerification(true, entries, OptionalLong.empty(), null, headHash);
    }

    static AuditVerification broken(long entries, long entry, String problem, String headHash) {
        return new AuditVerification(false, entries, OptionalLong.of(entry), problem, headHash);
    }

    /** One line for people: "intact, 42 entries, head …" or "broken at entry 7: …". */
    public String summary() {
        if (intact) {
            return "Audit chain intact: " + entries + (entries == 1 ? " entry" : " entries") + ", head " + headHash;
        }
        return "Audit chain broken at entry " + firstBrokenEntry.getAsLong() + ": " + problem;
    }
}
