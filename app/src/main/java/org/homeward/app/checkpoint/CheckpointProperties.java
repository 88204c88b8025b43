package org.homeward.app.checkpoint;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the checkpoints and their signing key live ({@code homeward.checkpoints.interval}, how often
 * heads are checkpointed, is read by {@link Checkpoints}' schedule).
 *
 * @param keyFile  the Ed25519 key pair (PEM); default {@code <data directory>/checkpoint-key.pem}
 * @param file     the append-only checkpoint file; default {@code <data directory>/checkpoints.jsonl}
 * @param tsaUrl   an RFC 3161 timestamp authority asked to timestamp every checkpoint (optional: none by default)
 * @param tsaCertificate the authority's certificate (PEM) that its timestamps must verify with; without it, a
 *                 timestamp is checked with the certificate it carries
 */
@ConfigurationProperties("homeward.checkpoints")
record CheckpointProperties(Path keyFile, Path file, String tsaUrl, Path tsaCertificate) {
}
