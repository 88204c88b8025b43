package org.homeward.app.identification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import org.homeward.app.frequencies.FrequencyDatabaseChosen;
import org.homeward.app.genetics.ConsentWithdrawn;
import org.homeward.app.identification.store.FamilyProfileStore;
import org.homeward.app.identification.store.FamilyProfileStore.StoredProfile;
import org.homeward.app.registry.FamilyChanged;
import org.homeward.kinship.AllelePair;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Profile;
import org.homeward.kinship.screen.Screening;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Screening's family profiles kept across restarts, so that the first run after a start loads them
 * instead of computing them all again. A missing person's stored profile serves exactly while its
 * model version and inputs hash are the screening's: the model version is the screening's model key
 * (markers, alleles, frequencies, both mutation matrices, θ) with the application's build (the
 * engine's code), the inputs hash covers the family, the missing person, the pedigree and the typed
 * relatives' genotypes; anything else is computed again and its row replaced. The events only delete
 * what no screening can use any more (and every profile computed from a sample whose consent was
 * withdrawn), in the transaction of the change.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FamilyProfileCache {

    /** Profiles held from the store and computed since the start. */
    record Counts(long loaded, long computed) { }

    private static final Logger log = LoggerFactory.getLogger(FamilyProfileCache.class);

    private final FamilyProfileStore store;
    private final ObjectProvider<BuildProperties> build;
    private final AtomicLong loaded = new AtomicLong();
    private final AtomicLong computed = new AtomicLong();

    /** One missing person of a family: the unit a profile is computed and stored for. */
    private record Unit(Screening.Family family, String missingPerson, String inputsHash) {
        Screening.Family alone() {
            return new Screening.Family(family.id(), family.pedigree(), List.of(missingPerson), family.references());
        }
    }

    /**
     * Holds every family's missing persons in the screening, in the families' order (so that ties are
     * broken as when all are computed): from the store where it has them, computed and stored otherwise.
     * Deletes the stored profiles of other model versions and of families no longer screened.
     *
     * @return the missing persons the engine refused to screen
     */
    List<Screening.Refusal> hold(Screening screening, List<Screening.Family> families) {
        String version = modelVersion(screening);
        List<Unit> units = units(families);
        Map<String, byte[]> stored = store.find(version, units.stream().map(Unit::inputsHash).toList());
        List<Screening.Refusal> refused = new ArrayList<>();
        List<Unit> fresh = new ArrayList<>();
        int fromStore = 0;
        for (int i = 0, j; i < units.size(); i = j) {
            boolean storedRun = stored.containsKey(units.get(i).inputsHash());
            j = i + 1;
            while (j < units.size() && stored.containsKey(units.get(j).inputsHash()) == storedRun) {
                j++;
            }
            List<Unit> run = units.subList(i, j);
            if (storedRun && holdStored(screening, run, stored, refused)) {
                fromStore += run.size();
            } else {
                refused.addAll(screening.load(run.stream().map(Unit::alone).toList(), List.of()));
                fresh.addAll(run);
            }
        }
        store.store(rows(screening, version, fresh));
        Set<String> familyIds = new LinkedHashSet<>();
        families.forEach(f -> familyIds.add(f.id()));
        store.retainOnly(version, familyIds);
        count(fromStore, fresh.size());
        return refused;
    }

    /** Stores the profiles of families just added to the screening (computed by its {@code add}). */
    void keep(Screening screening, List<Screening.Family> added) {
        List<Unit> units = units(added);
        store.store(rows(screening, modelVersion(screening), units));
        count(0, units.size());
    }

    Counts counts() {
        return new Counts(loaded.get(), computed.get());
    }

    @EventListener
    void on(FamilyChanged changed) {
        store.deleteFamily(RegistryFamilies.familyId(changed.familyId()));
    }

    @EventListener
    void on(ConsentWithdrawn withdrawn) {
        store.deleteComputedFrom(withdrawn.sampleCode());
    }

    @EventListener
    void on(FrequencyDatabaseChosen chosen) {
        store.deleteAll();
    }

    /** Holds the run from its stored bytes; false (nothing held) when the bytes do not fit, so that they are computed. */
    private static boolean holdStored(Screening screening, List<Unit> run, Map<String, byte[]> stored, List<Screening.Refusal> refused) {
        try {
            refused.addAll(screening.loadStored(run.stream().map(u -> stored.get(u.inputsHash())).toList()));
            return true;
        } catch (KinshipInputException e) {
            log.warn("Stored family profiles not usable, computing them again: {}", String.join("; ", e.problems()));
            return false;
        }
    }

    private void count(int fromStore, int fresh) {
        loaded.addAndGet(fromStore);
        computed.addAndGet(fresh);
        log.info("Family profiles: {} loaded from the store, {} computed", fromStore, fresh);
    }

    private static List<Unit> units(List<Screening.Family> families) {
        List<Unit> units = new ArrayList<>();
        for (Screening.Family f : families) {
            for (String missingPerson : f.missingPersons()) {
                units.add(new Unit(f, missingPerson, inputsHash(f, missingPerson)));
            }
        }
        return units;
    }

    /** The rows of the units the screening holds (a refused missing person has no profile to store). */
    private static List<StoredProfile> rows(Screening screening, String version, List<Unit> units) {
        List<StoredProfile> rows = new ArrayList<>();
        for (Unit u : units) {
            screening.storedProfile(u.family().id(), u.missingPerson()).ifPresent(bytes -> rows.add(new StoredProfile(u.family().id(),
                    u.missingPerson(), version, u.inputsHash(), u.family().references().values().stream().map(Profile::id).toList(), bytes)));
        }
        return rows;
    }

    /** The screening's model key and the build whose engine computes the tables. */
    private String modelVersion(Screening screening) {
        BuildProperties b = build.getIfAvailable();
        return Long.toHexString(screening.modelKey()) + " " + (b == null ? "development" : b.getVersion() + " " + b.getTime());
    }

    /** SHA-256 ({@link ScreeningEngine#fingerprint}) of everything of the family a missing person's tables are computed from. */
    private static String inputsHash(Screening.Family family, String missingPerson) {
        StringBuilder text = new StringBuilder();
        field(text, family.id());
        field(text, missingPerson);
        field(text, family.pedigree().toString());
        for (Map.Entry<String, Profile> reference : new TreeMap<>(family.references()).entrySet()) {
            field(text, reference.getKey());
            for (Map.Entry<String, AllelePair> g : new TreeMap<>(reference.getValue().genotypes()).entrySet()) {
                field(text, g.getKey());
                field(text, g.getValue().first());
                field(text, g.getValue().second());
            }
            field(text, ""); // ends the relative's genotypes
        }
        return ScreeningEngine.fingerprint(text.toString());
    }

    /** A field with its length first, so that no two different inputs read as the same text. */
    private static void field(StringBuilder text, String value) {
        text.append(value.length()).append(':').append(value);
    }
}
