package org.homeward.app.checkpoint;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.homeward.app.chain.ChainHead;
import org.homeward.app.chain.ChainVerification;
import org.homeward.app.chain.TamperEvidentLog;
import org.homeward.app.database.DatabaseBackedUp;
import org.homeward.app.security.SystemTasks;
import org.homeward.app.jobs.ElectedWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Anchors every chain's head outside the database: hourly ({@code homeward.checkpoints.interval})
 * and after every backup, a signed line per chain in the checkpoint file and the same line in the
 * log. {@link #check} then holds a chain to every checkpoint kept, so that removing the newest links
 * or rewriting the chain from some link on is named without anyone having written a head down.
 */
@Service
public class Checkpoints {

    private static final Logger LOG = LoggerFactory.getLogger(Checkpoints.class);

    private final List<TamperEvidentLog> logs;
    private final CheckpointFile file;
    private final CheckpointKey key;
    private final Clock clock;
    private final ElectedWork elected;
    private final Duration interval;

    Checkpoints(List<TamperEvidentLog> logs, CheckpointFile file, CheckpointKey key, Clock clock, ElectedWork elected,
            @Value("${homeward.checkpoints.interval:1h}") Duration interval) {
        this.logs = List.copyOf(logs);
        this.file = file;
        this.key = key;
        this.clock = clock;
        this.elected = elected;
        this.interval = interval;
    }

    @Scheduled(initialDelayString = "${homeward.checkpoints.interval:1h}", fixedRateString = "${homeward.checkpoints.interval:1h}")
    void hourly() {
        try {
            elected.once("checkpoints", interval, () -> write("scheduled")); // one instance of several writes them
        } catch (RuntimeException failed) {
            LOG.error("Could not write the scheduled checkpoint to {}", file.path(), failed);
        }
    }

    @EventListener
    void on(DatabaseBackedUp backup) {
        write("backup " + backup.file().getFileName());
    }

    /** Checkpoints the head of every chain now, as read from the database, and returns the lines written. */
    public List<Checkpoint> write(String reason) {
        List<CheckpointFile.Head> heads = SystemTasks.callAs(SystemTasks.CHECKPOINTS,
                () -> logs.stream().sorted(Comparator.comparing(TamperEvidentLog::name))
                        .map(log -> new CheckpointFile.Head(log.name(), log.head())).toList());
        List<Checkpoint> written = file.append(heads, clock.instant().truncatedTo(ChronoUnit.SECONDS), reason);
        written.forEach(checkpoint -> LOG.info("Checkpoint line {}: chain {} at {} {} hash {} ({}), signature {}{}", checkpoint.line(),
                checkpoint.chain(), checkpoint.seq(), checkpoint.at(), checkpoint.head(), checkpoint.reason(), checkpoint.signature(),
                checkpoint.timestamp() == null ? "" : ", timestamped"));
        return written;
    }

    /** The checkpoints kept, up to the first line that does not verify (which the result names). */
    public KeptCheckpoints read() {
        return file.read();
    }

    /** The file checkpoints are kept in. */
    public Path path() {
        return file.path();
    }

    /** The public key that checks the checkpoints' signatures, as PEM. */
    public String publicKeyPem() {
        return key.publicKeyPem();
    }

    /**
     * Holds {@code log}, found intact as {@code verification}, to every checkpoint of it in
     * {@code contents}: each checkpointed link must still exist with the checkpointed hash. Returns
     * the problem with the earliest checkpoint that no longer matches, narrowed by the latest earlier
     * one that still does, or empty when all match.
     */
    public Optional<String> check(TamperEvidentLog log, ChainVerification verification, KeptCheckpoints contents) {
        Set<ChainHead> seen = new HashSet<>();
        List<Checkpoint> distinct = contents.checkpoints().stream().filter(checkpoint -> checkpoint.chain().equals(log.name()))
                .filter(checkpoint -> seen.add(new ChainHead(checkpoint.seq(), checkpoint.head())))
                .sorted(Comparator.comparingLong(Checkpoint::seq))
                .toList();
        ChainHead stored = verification.head();
        long stillMatching = 0;
        for (Checkpoint checkpoint : distinct) {
            String chain = verification.chain() + " chain";
            String link = verification.link();
            String where = "the checkpoint of " + checkpoint.at() + " (line " + checkpoint.line() + " of " + contents.file() + ")";
            String narrowed = stillMatching == 0 ? "" : "; " + link + " " + stillMatching + ", checkpointed earlier, still matches, so the"
                    + " change lies after it";
            if (checkpoint.seq() > stored.seq()) {
                return Optional.of(chain + " truncated or rewritten at or before " + link + " " + checkpoint.seq() + ": " + where + " holds "
                        + link + " " + checkpoint.seq() + " but the chain ends at " + link + " " + stored.seq() + " (" + link + " "
                        + (stored.seq() + 1) + " onwards removed)" + narrowed);
            }
            String hash = checkpoint.seq() == 0 ? ChainHead.EMPTY.hash() : log.hashOf(checkpoint.seq()).orElse("");
            if (!hash.equals(checkpoint.head())) {
                return Optional.of(chain + " rewritten or truncated at or before " + link + " " + checkpoint.seq() + ": " + link + " "
                        + checkpoint.seq() + " no longer has the hash of " + where + narrowed);
            }
            stillMatching = checkpoint.seq();
        }
        return Optional.empty();
    }
}
