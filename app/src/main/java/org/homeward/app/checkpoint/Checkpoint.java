package org.homeward.app.checkpoint;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One line of the checkpoint file: chain {@code chain} had {@code seq} links, the newest with hash
 * {@code head}, at {@code at}. The line is itself link {@code line} of the file's own chain
 * ({@code previous}, {@code hash}), and {@code signature} is the Ed25519 signature of {@code hash}.
 * {@code timestamp}, when a timestamp authority is configured and answered, is its RFC 3161 token
 * (base64 DER) over the same signed bytes; it lies outside the hash, being made after it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Checkpoint(long line, String chain, long seq, String head, Instant at, String reason, String previous, String hash,
                         String signature, String timestamp) {
}
