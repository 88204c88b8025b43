package org.homeward.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
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
 * The screening's inputs as they travel to the executors. The settings are plain serializable copies of
 * the kinship types (which are not {@link Serializable}); families and remains are packed into one byte
 * array per slice, every distinct string written once, so that a task carries a few compact arrays
 * instead of a Java-serialized object graph, and the executor rebuilds them with shared string instances
 * (marker and allele names hashed once). Order is kept everywhere it matters: alleles, pedigree persons
 * (parents first, as the pedigree holds them), genotypes and references, so the executors compute the
 * driver's numbers bit for bit.
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

    /** A family to screen with, for each missing person kept, its place among all missing persons of the input (which breaks ties). */
    record Shipped(Screening.Family family, int[] ordinals) { }

    static byte[] packFamilies(List<Shipped> families) {
        Packer out = new Packer();
        out.integer(families.size());
        for (Shipped s : families) {
            Screening.Family f = s.family();
            out.string(f.id());
            Pedigree p = f.pedigree();
            out.integer(p.size());
            for (int i = 0; i < p.size(); i++) {
                out.string(p.id(i));
                out.integer(p.sex(i).ordinal());
                out.string(p.isFounder(i) ? null : p.id(p.father(i)));
                out.string(p.isFounder(i) ? null : p.id(p.mother(i)));
            }
            out.integer(f.missingPersons().size());
            for (int i = 0; i < f.missingPersons().size(); i++) {
                out.string(f.missingPersons().get(i));
                out.integer(s.ordinals()[i]);
            }
            out.integer(f.references().size());
            for (Map.Entry<String, Profile> r : f.references().entrySet()) {
                out.string(r.getKey());
                out.profile(r.getValue());
            }
        }
        return out.bytes();
    }

    static List<Shipped> unpackFamilies(byte[] bytes) {
        Unpacker in = new Unpacker(bytes);
        int n = in.integer();
        List<Shipped> out = new ArrayList<>(n);
        Sex[] sexes = Sex.values();
        for (int f = 0; f < n; f++) {
            String id = in.string();
            Pedigree.Builder b = Pedigree.builder();
            int persons = in.integer();
            for (int i = 0; i < persons; i++) {
                b.person(in.string(), sexes[in.integer()], in.string(), in.string());
            }
            int missing = in.integer();
            List<String> missingPersons = new ArrayList<>(missing);
            int[] ordinals = new int[missing];
            for (int i = 0; i < missing; i++) {
                missingPersons.add(in.string());
                ordinals[i] = in.integer();
            }
            int refs = in.integer();
            Map<String, Profile> references = new LinkedHashMap<>();
            for (int i = 0; i < refs; i++) {
                references.put(in.string(), in.profile());
            }
            out.add(new Shipped(new Screening.Family(id, b.build(), missingPersons, references), ordinals));
        }
        return out;
    }

    static byte[] packRemains(List<Screening.Remains> remains) {
        Packer out = new Packer();
        out.integer(remains.size());
        for (Screening.Remains r : remains) {
            out.profile(r.profile());
            out.integer(r.sex().ordinal());
        }
        return out.bytes();
    }

    static List<Screening.Remains> unpackRemains(byte[] bytes) {
        Unpacker in = new Unpacker(bytes);
        int n = in.integer();
        List<Screening.Remains> out = new ArrayList<>(n);
        Sex[] sexes = Sex.values();
        for (int r = 0; r < n; r++) {
            out.add(new Screening.Remains(in.profile(), sexes[in.integer()]));
        }
        return out;
    }

    /** The body as written, then prefixed by the table of its distinct strings (each referred to by its index, -1 for null). */
    private static final class Packer {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream(1 << 16);
        private final DataOutputStream data = new DataOutputStream(body);
        private final Map<String, Integer> table = new HashMap<>();
        private final List<String> strings = new ArrayList<>();

        void integer(int v) {
            try {
                data.writeInt(v);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void string(String s) {
            integer(s == null ? -1 : table.computeIfAbsent(s, k -> {
                strings.add(k);
                return strings.size() - 1;
            }));
        }

        void profile(Profile p) {
            string(p.id());
            integer(p.genotypes().size());
            for (Map.Entry<String, AllelePair> g : p.genotypes().entrySet()) {
                string(g.getKey());
                string(g.getValue().first());
                string(g.getValue().second());
            }
        }

        byte[] bytes() {
            try {
                ByteArrayOutputStream all = new ByteArrayOutputStream(body.size() + 16 * strings.size());
                DataOutputStream head = new DataOutputStream(all);
                head.writeInt(strings.size());
                for (String s : strings) {
                    head.writeUTF(s);
                }
                body.writeTo(all);
                return all.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Unpacker {
        private final DataInputStream data;
        private final String[] strings;

        Unpacker(byte[] bytes) {
            data = new DataInputStream(new ByteArrayInputStream(bytes));
            strings = new String[integer()];
            try {
                for (int i = 0; i < strings.length; i++) {
                    strings[i] = data.readUTF();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        int integer() {
            try {
                return data.readInt();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String string() {
            int i = integer();
            return i < 0 ? null : strings[i];
        }

        Profile profile() {
            Profile.Builder b = Profile.builder(string());
            int n = integer();
            for (int i = 0; i < n; i++) {
                b.put(string(), string(), string());
            }
            return b.build();
        }
    }
}
