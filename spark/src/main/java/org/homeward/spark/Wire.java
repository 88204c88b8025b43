package org.homeward.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.kinship.AllelePair;
import org.homeward.kinship.Marker;
import org.homeward.kinship.MutationModel;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;
import org.homeward.kinship.screen.Screening;

/**
 * The screening's inputs as they travel to the executors: plain serializable copies of the kinship
 * types (which are not {@link Serializable}), turned back into exactly the same kinship values there.
 * Order is kept everywhere it matters: alleles, pedigree persons (parents first, as the pedigree holds
 * them) and genotypes, so the executors compute the driver's numbers bit for bit.
 */
final class Wire {

    private Wire() { }

    record MarkerData(String name, String[] alleles, double[] frequencies, ModelData female, ModelData male) implements Serializable {

        static MarkerData of(Marker m) {
            return new MarkerData(m.name(), m.alleles(), m.frequencies(), ModelData.of(m.femaleMutation()), ModelData.of(m.maleMutation()));
        }

        Marker toMarker() {
            Marker.Builder b = Marker.builder(name).femaleMutation(female.toModel()).maleMutation(male.toModel());
            for (int i = 0; i < alleles.length; i++) {
                b.allele(alleles[i], frequencies[i]);
            }
            return b.build();
        }
    }

    record ModelData(MutationModel.Kind kind, double rate, double range, double rate2) implements Serializable {

        static ModelData of(MutationModel m) {
            return new ModelData(m.kind(), m.rate(), m.range(), m.rate2());
        }

        MutationModel toModel() {
            return new MutationModel(kind, rate, range, rate2);
        }
    }

    record ProfileData(String id, String[] markers, String[] first, String[] second) implements Serializable {

        static ProfileData of(Profile p) {
            int n = p.genotypes().size();
            String[] markers = new String[n];
            String[] first = new String[n];
            String[] second = new String[n];
            int i = 0;
            for (Map.Entry<String, AllelePair> g : p.genotypes().entrySet()) {
                markers[i] = g.getKey();
                first[i] = g.getValue().first();
                second[i] = g.getValue().second();
                i++;
            }
            return new ProfileData(p.id(), markers, first, second);
        }

        Profile toProfile() {
            Profile.Builder b = Profile.builder(id);
            for (int i = 0; i < markers.length; i++) {
                b.put(markers[i], first[i], second[i]);
            }
            return b.build();
        }
    }

    /** Remains with their place in the input (the in-process engine's insertion order, which breaks ties). */
    record RemainsData(int ordinal, ProfileData profile, Sex sex) implements Serializable {

        static RemainsData of(int ordinal, Screening.Remains r) {
            return new RemainsData(ordinal, ProfileData.of(r.profile()), r.sex());
        }

        Screening.Remains toRemains() {
            return new Screening.Remains(profile.toProfile(), sex);
        }
    }

    /**
     * A family with, for each missing person, its place among all missing persons of the input (the
     * in-process engine's insertion order, which breaks ties).
     */
    record FamilyData(String id, String[] persons, Sex[] sexes, String[] fathers, String[] mothers,
                      List<String> missingPersons, int[] ordinals, String[] referencePersons, ProfileData[] references)
            implements Serializable {

        static FamilyData of(Screening.Family f, List<String> missingPersons, int[] ordinals) {
            Pedigree p = f.pedigree();
            int n = p.size();
            String[] persons = new String[n];
            Sex[] sexes = new Sex[n];
            String[] fathers = new String[n];
            String[] mothers = new String[n];
            for (int i = 0; i < n; i++) {
                persons[i] = p.id(i);
                sexes[i] = p.sex(i);
                fathers[i] = p.isFounder(i) ? null : p.id(p.father(i));
                mothers[i] = p.isFounder(i) ? null : p.id(p.mother(i));
            }
            String[] referencePersons = f.references().keySet().toArray(String[]::new);
            ProfileData[] refs = f.references().values().stream().map(ProfileData::of).toArray(ProfileData[]::new);
            return new FamilyData(f.id(), persons, sexes, fathers, mothers, new ArrayList<>(missingPersons), ordinals.clone(),
                    referencePersons, refs);
        }

        Screening.Family toFamily() {
            Pedigree.Builder b = Pedigree.builder();
            for (int i = 0; i < persons.length; i++) {
                b.person(persons[i], sexes[i], fathers[i], mothers[i]);
            }
            Map<String, Profile> refs = new LinkedHashMap<>();
            for (int i = 0; i < references.length; i++) {
                refs.put(referencePersons[i], references[i].toProfile());
            }
            return new Screening.Family(id, b.build(), missingPersons, refs);
        }
    }
}
