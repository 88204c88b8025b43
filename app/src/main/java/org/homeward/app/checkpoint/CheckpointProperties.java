package org.homeward.app.checkpoint;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the checkpoints and their signing key live, and how often heads are checkpointed.
 *
 * @param keyFile  the Ed25519 key pair (PEM); default {@code <data directory>/checkpoint-key.pem}
 * @param file     the append-only checkpoint file; default {@code <data directory>/checkpoints.jsonl}
 * @param interval how often every chain's head is checkpointed (besides at every backup)
 * @param tsaUrl   an RFC 3161 timestamp authority to witness checkpoints; not supported yet, so it must stay empty
 */
@ConfigurationProperties("homeward.checkpoints")
record CheckpointProperties(Path keyFile, Path file, @DefaultValue("1h") Duration interval, String tsaUrl) {
}
