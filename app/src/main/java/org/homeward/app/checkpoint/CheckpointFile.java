package org.homeward.app.checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.homeward.app.chain.ChainHead;
import org.homeward.app.chain.ChainVerifier;

import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only checkpoint file: one JSON object per line ({@link Checkpoint}), each line a link
 * of its own {@code Chain} over {@code {line, chain, seq, head, at, reason}} and signed with the
 * {@link CheckpointKey}, and timestamped by the {@link TimestampAuthority} when one is configured.
 * Appends hold an exclusive lock on the file, so a {@code backup} command beside the running server
 * and the server's hourly checkpoint never interleave.
 */
final class CheckpointFile {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path file;
    private final CheckpointKey key;
    private final TimestampAuthority authority;

    CheckpointFile(Path file, CheckpointKey key, TimestampAuthority authority) {
        this.file = file.toAbsolutePath().normalize();
        this.key = key;
        this.authority = authority;
    }

    Path path() {
        return file;
    }

    /** A chain's head to checkpoint. */
    record Head(String chain, ChainHead head) {
    }

    /** Appends one signed line per head, following the file's last line, and returns them. */
    List<Checkpoint> append(List<Head> heads, Instant at, String reason) {
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                ChainHead last = lastLine(channel);
                List<Checkpoint> written = new ArrayList<>();
                StringBuilder lines = new StringBuilder();
                for (Head head : heads) {
                    ChainHead next = last.next(content(last.seq() + 1, head.chain(), head.head().seq(), head.head().hash(), at, reason));
                    byte[] signed = next.hash().getBytes(StandardCharsets.US_ASCII);
                    Checkpoint checkpoint = new Checkpoint(next.seq(), head.chain(), head.head().seq(), head.head().hash(), at, reason,
                            last.hash(), next.hash(), key.sign(signed), authority.stamp(signed, at).orElse(null));
                    lines.append(JSON.writeValueAsString(checkpoint)).append('\n');
                    written.add(checkpoint);
                    last = next;
                }
                channel.write(ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8)), channel.size());
                channel.force(true);
                return written;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the checkpoint file " + file, e);
        }
    }

    /** The file's last line as the head of its chain (the line number and hash), or the genesis when empty. */
    private ChainHead lastLine(FileChannel channel) throws IOException {
        ByteBuffer all = ByteBuffer.allocate(Math.toIntExact(channel.size()));
        while (all.hasRemaining() && channel.read(all, all.position()) >= 0) {
            // reads until the buffer is full
        }
        String[] lines = new String(all.array(), StandardCharsets.UTF_8).split("\n");
        String last = lines[lines.length - 1];
        if (last.isBlank()) {
            return ChainHead.EMPTY;
        }
        Checkpoint checkpoint = JSON.readValue(last, Checkpoint.class);
        return new ChainHead(checkpoint.line(), checkpoint.hash());
    }

    /** What a line's hash covers. */
    private static Map<String, Object> content(long line, String chain, long seq, String head, Instant at, String reason) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("line", line);
        content.put("chain", chain);
        content.put("seq", seq);
        content.put("head", head);
        content.put("at", DateTimeFormatter.ISO_INSTANT.format(at));
        content.put("reason", reason);
        return content;
    }

    KeptCheckpoints read() {
        if (!Files.exists(file)) {
            return new KeptCheckpoints(file, List.of(), Optional.empty(), List.of());
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the checkpoint file " + file, e);
        }
        ChainVerifier verifier = new ChainVerifier("Checkpoint file", "line");
        List<Checkpoint> checkpoints = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Checkpoint checkpoint;
            try {
                checkpoint = JSON.readValue(lines.get(i), Checkpoint.class);
            } catch (RuntimeException unreadable) {
                return refused(checkpoints, warnings, "line " + (i + 1) + " is not a checkpoint");
            }
            if (checkpoint.chain() == null || checkpoint.head() == null || checkpoint.at() == null || checkpoint.previous() == null
                    || checkpoint.hash() == null || checkpoint.signature() == null) {
                return refused(checkpoints, warnings, "line " + (i + 1) + " is not a complete checkpoint");
            }
            if (!verifier.accept(checkpoint.line(), checkpoint.previous(), checkpoint.hash(), content(checkpoint.line(), checkpoint.chain(),
                    checkpoint.seq(), checkpoint.head(), checkpoint.at(), checkpoint.reason()), checkpoint.chain())) {
                return refused(checkpoints, warnings, verifier.result().summary());
            }
            byte[] signed = checkpoint.hash().getBytes(StandardCharsets.US_ASCII);
            if (!key.verify(signed, checkpoint.signature())) {
                return refused(checkpoints, warnings, "line " + checkpoint.line() + " is refused: its signature does not verify with the"
                        + " checkpoint key " + key.file() + " (forged, or signed with another key)");
            }
            if (checkpoint.timestamp() != null) {
                Optional<String> problem = authority.problemWith(checkpoint.timestamp(), signed, checkpoint.at());
                if (problem.isPresent()) {
                    return refused(checkpoints, warnings, "line " + checkpoint.line() + " is refused: " + problem.get());
                }
            } else if (authority.asked()) {
                warnings.add("line " + checkpoint.line() + " (" + checkpoint.chain() + " at " + checkpoint.at() + ") has no timestamp: the"
                        + " timestamp authority did not witness it when it was written (see the log of that time)");
            }
            checkpoints.add(checkpoint);
        }
        return new KeptCheckpoints(file, checkpoints, Optional.empty(), warnings);
    }

    private KeptCheckpoints refused(List<Checkpoint> checkpoints, List<String> warnings, String problem) {
        return new KeptCheckpoints(file, checkpoints, Optional.of(problem), warnings);
    }
}
