package org.homeward.app.identification;

import static org.homeward.app.security.Permission.IDENTIFICATION_RUN;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.homeward.app.audit.AuditEvent;
import org.homeward.app.common.InputRefusedException;
import org.homeward.app.common.ListQuery;
import org.homeward.app.common.Page;
import org.homeward.app.common.NotFoundException;
import org.homeward.app.genetics.ImportRejectedException;
import org.homeward.app.genetics.Lineage;
import org.homeward.app.genetics.LineagePanel;
import org.homeward.app.genetics.RowProblem;
import org.homeward.app.identification.store.HaplotypeDatabaseStore;
import org.homeward.app.security.Actor;
import org.homeward.app.security.RequiresPermission;
import org.homeward.formats.common.FormatException;
import org.homeward.formats.common.Problem;
import org.homeward.formats.common.UserException;
import org.homeward.formats.lineage.MtDnaFiles;
import org.homeward.formats.lineage.YStrFiles;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.lineage.DiscreteLaplace;
import org.homeward.kinship.lineage.FrequencyMethod;
import org.homeward.kinship.lineage.MtHaplotypeDatabase;
import org.homeward.kinship.lineage.YHaplotypeDatabase;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * A laboratory's Y-STR and mtDNA haplotype databases: uploaded as files ({@code YStrFiles.readDatabase},
 * {@code MtDnaFiles.readDatabase}: name, version and whether simulated in the file's header), each
 * read whole or refused whole with every problem named by line and field (unknown loci, malformed
 * haplotypes or notation, duplicate haplotypes), kept as uploaded and versioned (a name and version
 * are uploaded once); one of each lineage is chosen for identification.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class HaplotypeDatabases {

    /** A chosen database with its haplotypes and, when the analyst chose that method for a Y-STR database, its discrete Laplace fit. */
    public record Loaded<D>(HaplotypeDatabase database, D haplotypes, Optional<DiscreteLaplace> fit) { }

    private final HaplotypeDatabaseStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<Long, Object> parsed = new ConcurrentHashMap<>();
    private final Map<String, DiscreteLaplace> fits = new ConcurrentHashMap<>();

    /** Reads and stores an uploaded database; refused whole ({@link ImportRejectedException}) when any part is unsound. */
    @Transactional
    @RequiresPermission(IDENTIFICATION_RUN)
    public HaplotypeDatabase upload(Lineage lineage, String fileName, byte[] content) {
        Read read = read(lineage, fileName, content);
        if (store.exists(lineage, read.name(), read.version())) {
            throw new InputRefusedException("file", "the database " + read.name() + " version " + read.version() + " is already uploaded");
        }
        long id = store.insert(lineage, read.name(), read.version(), read.simulated(), fileName, content, read.distinct(), read.persons(),
                Actor.current().name(), clock.instant());
        parsed.put(id, read.haplotypes());
        events.publishEvent(AuditEvent.of("haplotype-database.uploaded", "haplotype-database:" + id).with("lineage", lineage)
                .with("name", read.name()).with("version", read.version()).with("simulated", read.simulated())
                .with("haplotypes", read.distinct()));
        return store.find(id).orElseThrow();
    }

    /** Makes the database the one identification uses for its lineage (the next run screens with it). */
    @Transactional
    @RequiresPermission(IDENTIFICATION_RUN)
    public HaplotypeDatabase choose(long id) {
        HaplotypeDatabase database = store.find(id).orElseThrow(() -> new NotFoundException("haplotype database", id));
        store.choose(database);
        events.publishEvent(AuditEvent.of("haplotype-database.chosen", "haplotype-database:" + id).with("lineage", database.lineage())
                .with("name", database.name()).with("version", database.version()));
        return store.find(id).orElseThrow();
    }

    /**
     * Sets how the Y-STR database gives the remains' haplotype frequency (the next run screens with it): the augmented
     * count, or the discrete Laplace method with 1 to N clusters (N its distinct haplotypes), fitted here once.
     */
    @Transactional
    @RequiresPermission(IDENTIFICATION_RUN)
    public HaplotypeDatabase chooseYFrequency(long id, YFrequency frequency) {
        HaplotypeDatabase database = store.find(id).orElseThrow(() -> new NotFoundException("haplotype database", id));
        if (database.lineage() != Lineage.Y_STR) {
            throw new InputRefusedException("method", database.label() + " is an mtDNA database: only a Y-STR database has a frequency method");
        }
        if (frequency.clusters() > database.haplotypes()) {
            throw new InputRefusedException("clusters", "the discrete Laplace method needs 1 to " + database.haplotypes()
                    + " clusters (the database's distinct haplotypes), not " + frequency.clusters());
        }
        store.yFrequency(id, frequency);
        HaplotypeDatabase updated = store.find(id).orElseThrow();
        try {
            fit(updated, (YHaplotypeDatabase) haplotypes(updated));
        } catch (KinshipInputException unfit) {
            throw new InputRefusedException("method", unfit.getMessage());
        }
        events.publishEvent(AuditEvent.of("haplotype-database.y-frequency-chosen", "haplotype-database:" + id)
                .with("name", database.name()).with("version", database.version()).with("method", frequency.method())
                .with("clusters", frequency.clusters()));
        return updated;
    }

    @Transactional(readOnly = true)
    @RequiresPermission(IDENTIFICATION_RUN)
    public List<HaplotypeDatabase> all() {
        return store.all();
    }

    /** A page of the uploaded databases (sorted, filtered by lineage and text). */
    @Transactional(readOnly = true)
    @RequiresPermission(IDENTIFICATION_RUN)
    public Page<HaplotypeDatabase> page(ListQuery query) {
        return store.page(query);
    }

    /** The chosen Y-STR database, when one is chosen. */
    Optional<Loaded<YHaplotypeDatabase>> chosenY() {
        return store.chosen(Lineage.Y_STR).map(d -> {
            YHaplotypeDatabase haplotypes = (YHaplotypeDatabase) haplotypes(d);
            return new Loaded<>(d, haplotypes, fit(d, haplotypes));
        });
    }

    /** The chosen mtDNA database, when one is chosen. */
    Optional<Loaded<MtHaplotypeDatabase>> chosenMt() {
        return store.chosen(Lineage.MTDNA).map(d -> new Loaded<>(d, (MtHaplotypeDatabase) haplotypes(d), Optional.empty()));
    }

    /** The discrete Laplace fit the analyst chose for the database (fitted once per database and number of clusters). */
    private Optional<DiscreteLaplace> fit(HaplotypeDatabase d, YHaplotypeDatabase haplotypes) {
        if (d.yFrequency().method() != FrequencyMethod.DISCRETE_LAPLACE) {
            return Optional.empty();
        }
        return Optional.of(fits.computeIfAbsent(d.id() + "/" + d.yFrequency().clusters(),
                key -> DiscreteLaplace.fit(haplotypes, d.yFrequency().clusters())));
    }

    private Object haplotypes(HaplotypeDatabase d) {
        return parsed.computeIfAbsent(d.id(), id -> read(d.lineage(), d.fileName(), store.content(id)).haplotypes());
    }

    /** A database file as read: its haplotypes and what its header and rows say of it. */
    private record Read(Object haplotypes, String name, String version, boolean simulated, int distinct, int persons) { }

    private static Read read(Lineage lineage, String fileName, byte[] content) {
        try {
            if (lineage == Lineage.Y_STR) {
                YHaplotypeDatabase y = YStrFiles.readDatabase(fileName, content, LineagePanel.Y);
                return new Read(y, y.name(), y.version(), y.simulated(), y.entries().size(), y.size());
            }
            MtHaplotypeDatabase mt = MtDnaFiles.readDatabase(fileName, content);
            return new Read(mt, mt.name(), mt.version(), mt.simulated(), mt.entries().size(), mt.size());
        } catch (FormatException unreadable) {
            throw new ImportRejectedException(unreadable.problems().stream().filter(Problem::isError)
                    .map(p -> new RowProblem(p.line(), p.field(), p.message())).toList());
        } catch (UserException | KinshipInputException unreadable) {
            throw new ImportRejectedException(List.of(new RowProblem(0, "", unreadable.getMessage())));
        }
    }
}
