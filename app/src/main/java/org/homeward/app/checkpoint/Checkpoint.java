package org.homeward.app.checkpoint;

import java.time.Instant;

/**
 * One line of the checkpoint file: chain {@code chain} had {@code seq} links, the newest with hash
 * {@code head}, at {@code at}. The line is itself link {@code line} of the file's own chain
 * ({@code previous}, {@code hash}), and {@code signature} is the Ed25519 signature of {@code hash}.
 */
public record Checkpoint(long line, String chain, long seq, String head, Instant at, String reason, String previous, String hash,
                         String signature) {
}
