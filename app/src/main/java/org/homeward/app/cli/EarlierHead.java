package org.homeward.app.cli;

import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The {@code --head SEQ:HASH} check of the chain-verifying commands: a head written down earlier
 * must still be in the chain, which catches the deletion of the newest links that a chain cannot
 * see by itself.
 *
 * @param chain   what the chain is called in messages ("Audit", "Custody")
 * @param command the command that prints heads ("audit verify")
 * @param link    what one link is called ("entry", "event")
 * @param holding how the whole is counted ("the log has %d entries", "the chain has %d events")
 */
record EarlierHead(String chain, String command, String link, String holding) {

    /**
     * @param head   the option's value
     * @param length the number of links the chain has now
     * @param hashOf the hash of link {@code seq}, if it exists
     * @throws CommandFailedException when the option is malformed or the chain no longer holds that head
     */
    void check(String head, long length, LongFunction<Optional<String>> hashOf) {
        String[] parts = head.split(":", 2);
        if (parts.length != 2 || !parts[0].matches("\\d+")) {
            throw new CommandFailedException("--head takes SEQ:HASH, as printed by " + command);
        }
        long seq = Long.parseLong(parts[0]);
        if (seq > length) {
            throw new CommandFailedException(chain + " chain shortened: " + link + " " + seq + " of the earlier head is gone ("
                    + String.format(holding, length) + ").");
        }
        String hash = seq == 0 ? "0".repeat(64) : hashOf.apply(seq).orElse("");
        if (!hash.equals(parts[1])) {
            throw new CommandFailedException(chain + " chain rewritten: " + link + " " + seq + " no longer has the hash of the earlier head.");
        }
    }
}
