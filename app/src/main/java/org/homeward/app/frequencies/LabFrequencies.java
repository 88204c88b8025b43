package org.homeward.app.frequencies;

import static org.homeward.app.security.Permission.FREQUENCIES_MANAGE;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.homeward.app.audit.AuditEvent;
import org.homeward.app.common.InputRefusedException;
import org.homeward.app.common.NotFoundException;
import org.homeward.app.frequencies.store.FrequencyDatabaseStore;
import org.homeward.app.genetics.LabFile;
import org.homeward.app.security.Actor;
import org.homeward.app.security.RequiresPermission;
import org.homeward.formats.frequencies.FrequencyTable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A laboratory's allele frequency databases: {@link #upload} reads a file through the lab-file door,
 * checks it against the {@link FrequencyPolicy} and keeps it as the next version of its name (all of
 * it or nothing); {@link #choose} makes one of them, or the bundled European database, the one
 * identification uses, publishing {@link FrequencyDatabaseChosen} in its transaction. Both need
 * {@code FREQUENCIES_MANAGE} and are audited. {@link #inUse} is what screening reads.
 */
@Service
public class LabFrequencies {

    /** A database's name as people type it: a letter or digit first, then letters, digits, spaces and {@code . _ ( ) -}. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._()-]{0,199}");

    private final FrequencyDatabaseStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final FrequencyPolicy policy;

    /** Kept databases never change: their frequencies are read once per id. */
    private final Map<FrequencyDatabaseId, FrequencyTable> tables = new ConcurrentHashMap<>();

    LabFrequencies(FrequencyDatabaseStore store, ApplicationEventPublisher events, Clock clock,
                   @Value("${homeward.frequencies.minimum-allele-frequency:0.001}") double minimumAlleleFrequency) {
        this.store = store;
        this.events = events;
        this.clock = clock;
        this.policy = new FrequencyPolicy(minimumAlleleFrequency);
    }

    /** What an upload kept: the database and the warnings the reader and the policy gave. */
    public record Uploaded(FrequencyDatabase database, List<String> warnings) {

        public Uploaded {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Reads, checks and keeps the file as the next version of {@code name}; with {@code use}, makes it
     * the database identification uses. A refused file ({@link org.homeward.app.genetics.ImportRejectedException})
     * keeps nothing.
     */
    @Transactional
    @RequiresPermission(FREQUENCIES_MANAGE)
    public Uploaded upload(String name, String fileName, byte[] content, boolean use) {
        String trimmed = databaseName(name);
        LabFile.Frequencies file = LabFile.frequencies(fileName, content);
        FrequencyPolicy.Checked checked = policy.check(file);
        String checksum = sha256(content);
        FrequencyDatabaseId id = store.insert(new FrequencyDatabaseStore.NewDatabase(trimmed, file.name(), checksum, checked.table(),
                String.join("\n", checked.warnings()), Actor.current().name(), clock.instant()));
        FrequencyDatabase kept = store.find(id).orElseThrow();
        events.publishEvent(AuditEvent.of("frequencies.uploaded", "frequency-database:" + id).with("name", kept.name())
                .with("version", kept.version()).with("file", kept.fileName()).with("sha256", checksum).with("markers", kept.markers())
                .with("warnings", checked.warnings().size()));
        if (use) {
            kept = choose(Optional.of(id));
        }
        return new Uploaded(kept, checked.warnings());
    }

    /** A database's name as typed, trimmed; refused at the field {@code name} unless it is one. */
    static String databaseName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (!NAME.matcher(trimmed).matches()) {
            throw new InputRefusedException("name", "a name of 1 to 200 letters, digits, spaces and . _ ( ) -, starting with a letter or digit");
        }
        return trimmed;
    }

    /** Every uploaded database, newest first, each saying whether it is in use. */
    @Transactional(readOnly = true)
    @RequiresPermission(FREQUENCIES_MANAGE)
    public List<FrequencyDatabase> databases() {
        return store.all();
    }

    /**
     * Makes the database (empty: the bundled European one) the one identification uses; the screening
     * is rebuilt with it ({@link FrequencyDatabaseChosen}). Returns it (null for the bundled one).
     */
    @Transactional
    @RequiresPermission(FREQUENCIES_MANAGE)
    public FrequencyDatabase choose(Optional<FrequencyDatabaseId> id) {
        FrequencyDatabase database = id.map(i -> store.find(i).orElseThrow(() -> new NotFoundException("frequency database", i))).orElse(null);
        store.choose(id, Actor.current().name(), clock.instant());
        String label = database == null ? FrequenciesInUse.BUNDLED_LABEL : database.label();
        events.publishEvent(AuditEvent.of("frequencies.chosen", database == null ? "frequency-database:bundled" : "frequency-database:" + database.id())
                .with("database", label));
        events.publishEvent(new FrequencyDatabaseChosen(label));
        return database == null ? null : store.find(database.id()).orElseThrow();
    }

    /** The frequencies identification uses now (read by screening, whoever runs it: frequencies are no one's record). */
    @Transactional(readOnly = true)
    public FrequenciesInUse inUse() {
        return store.chosen()
                .map(d -> new FrequenciesInUse(d.label(), d.checksum(), tables.computeIfAbsent(d.id(), i -> store.table(d))))
                .orElseGet(FrequenciesInUse::bundled);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
