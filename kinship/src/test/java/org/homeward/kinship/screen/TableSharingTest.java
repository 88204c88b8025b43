package org.homeward.kinship.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;
import org.homeward.kinship.sim.SimulatedFamily;
import org.junit.jupiter.api.Test;

/**
 * Families share computed tables by pedigree structure and genotypes (not by person ids): sharing
 * must never hand a family another shape's tables, and families whose people are named differently
 * but are built alike get the very tables they would get alone.
 */
class TableSharingTest {

    @Test
    void everyFamilyScoresAsItWouldAloneWhateverItsPeopleAreCalled() {
        ScreeningTest.Data d = ScreeningTest.simulate(23, 60, 30);
        List<Screening.Family> together = new ArrayList<>(ScreeningTest.families(d));
        for (SimulatedFamily f : d.families()) {
            together.add(renamed(f));
        }
        List<Screening.Remains> remains = ScreeningTest.remains(d.remains());
        Screening screening = allPairs(d);
        assertThat(screening.load(together, remains)).isEmpty();
        ScreeningResult shared = screening.run();
        for (SimulatedFamily f : d.families()) {
            Screening alone = allPairs(d);
            alone.load(List.of(ScreeningTest.family(f)), remains);
            List<Candidate> expected = alone.run().topRemains(f.id(), f.missingPerson());
            assertThat(expected).hasSize(remains.size());
            assertThat(lrs(shared.topRemains(f.id(), f.missingPerson()))).as(f.id()).isEqualTo(lrs(expected));
            assertThat(lrs(shared.topRemains("copy-" + f.id(), "x-" + f.missingPerson()))).as(f.id()).isEqualTo(lrs(expected));
        }
    }

    @Test
    void familiesThatDifferOnlyInTheSexesOfPersonsWhoAreNoParentsShareTablesAndScoreAsAlone() {
        ScreeningTest.Data d = ScreeningTest.simulate(29, 60, 30);
        List<Screening.Remains> remains = ScreeningTest.remains(d.remains());
        Screening originals = allPairs(d);
        assertThat(originals.load(ScreeningTest.families(d), remains)).isEmpty();
        List<Screening.Family> together = new ArrayList<>(ScreeningTest.families(d));
        for (SimulatedFamily f : d.families()) {
            together.add(otherSexes(f));
        }
        Screening screening = allPairs(d);
        assertThat(screening.load(together, remains)).isEmpty();
        ScreeningResult shared = screening.run();
        assertThat(screening.distinctTables()).isEqualTo(originals.distinctTables());
        for (SimulatedFamily f : d.families()) {
            Screening alone = allPairs(d);
            alone.load(List.of(ScreeningTest.family(f)), remains);
            List<Candidate> expected = alone.run().topRemains(f.id(), f.missingPerson());
            assertThat(expected).hasSize(remains.size());
            assertThat(lrs(shared.topRemains("sexes-" + f.id(), f.missingPerson()))).as(f.id()).isEqualTo(lrs(expected));
        }
    }

    /** The same family with the sex of every person who is nobody's parent (the missing person among them) swapped. */
    private static Screening.Family otherSexes(SimulatedFamily f) {
        Pedigree p = f.pedigree();
        Set<Integer> parents = new HashSet<>();
        for (int i = 0; i < p.size(); i++) {
            if (!p.isFounder(i)) {
                parents.add(p.father(i));
                parents.add(p.mother(i));
            }
        }
        Pedigree.Builder b = Pedigree.builder();
        for (int i = 0; i < p.size(); i++) {
            Sex sex = parents.contains(i) ? p.sex(i) : p.sex(i) == Sex.MALE ? Sex.FEMALE : Sex.MALE;
            if (p.isFounder(i)) {
                b.founder(p.id(i), sex);
            } else {
                b.child(p.id(i), sex, p.id(p.father(i)), p.id(p.mother(i)));
            }
        }
        return new Screening.Family("sexes-" + f.id(), b.build(), List.of(f.missingPerson()), f.references());
    }

    private static Screening allPairs(ScreeningTest.Data d) {
        return Screening.newBuilder().frequencies(d.markers()).minLr(0).topK(1000).threads(2).build();
    }

    /** The same family with every person's id prefixed by "x-" and the family id by "copy-". */
    private static Screening.Family renamed(SimulatedFamily f) {
        Pedigree p = f.pedigree();
        Pedigree.Builder b = Pedigree.builder();
        for (int i = 0; i < p.size(); i++) {
            if (p.isFounder(i)) {
                b.founder("x-" + p.id(i), p.sex(i));
            } else {
                b.child("x-" + p.id(i), p.sex(i), "x-" + p.id(p.father(i)), "x-" + p.id(p.mother(i)));
            }
        }
        Map<String, Profile> refs = new LinkedHashMap<>();
        f.references().forEach((id, profile) -> refs.put("x-" + id, profile));
        return new Screening.Family("copy-" + f.id(), b.build(), List.of("x-" + f.missingPerson()), refs);
    }

    private static List<String> lrs(List<Candidate> candidates) {
        return candidates.stream().map(c -> c.remainsId() + "=" + Double.doubleToLongBits(c.log10Lr())).toList();
    }
}
