package org.homeward.spark;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
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

    /** Reads packed families back in order, {@code chunk} at a time, so that no more than a chunk of them is ever held as objects. */
    static void unpackFamilies(byte[] bytes, int chunk, Consumer<List<Shipped>> sink) {
        Unpacker in = new Unpacker(bytes);
        inChunks(in.integer(), chunk, in::family, sink);
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

    /** Reads packed remains back in order, {@code chunk} at a time (see {@link #unpackFamilies}). */
    static void unpackRemains(byte[] bytes, int chunk, Consumer<List<Screening.Remains>> sink) {
        Unpacker in = new Unpacker(bytes);
        inChunks(in.integer(), chunk, () -> new Screening.Remains(in.profile(), in.sex()), sink);
    }

    /**
     * Hands {@code n} items to the sink in lists of at most {@code chunk}: the objects of one list die young,
     * where a whole slice unpacked at once would survive into the old generation and be copied there.
     */
    private static <T> void inChunks(int n, int chunk, Supplier<T> next, Consumer<List<T>> sink) {
        List<T> out = new ArrayList<>(Math.min(chunk, n));
        for (int i = 0; i < n; i++) {
            out.add(next.get());
            if (out.size() == chunk) {
                sink.accept(out);
                out = new ArrayList<>(Math.min(chunk, n - i - 1));
            }
        }
        if (!out.isEmpty()) {
            sink.accept(out);
        }
    }

    /**
     * The body as written, then prefixed by the table of its distinct strings (each referred to by its
     * index + 1, 0 for null). Numbers are written as unsigned varints (7 bits a byte): most are small
     * (counts, the indices of marker and allele names), so a slice is about a third of its size in
     * 4-byte ints, and a plain array is written without a stream's per-byte calls.
     */
    private static final class Packer {
        private byte[] buf = new byte[1 << 16];
        private int size;
        private final Map<String, Integer> table = new HashMap<>();
        private final List<String> strings = new ArrayList<>();

        void integer(int v) {
            if (size + 5 > buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            while ((v & ~0x7F) != 0) {
                buf[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf[size++] = (byte) v;
        }

        void string(String s) {
            integer(s == null ? 0 : 1 + table.computeIfAbsent(s, k -> {
                strings.add(k);
                return strings.size() - 1;
            }));
        }

        private void raw(byte[] bytes) {
            if (size + bytes.length > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + bytes.length));
            }
            System.arraycopy(bytes, 0, buf, size, bytes.length);
            size += bytes.length;
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
            Packer head = new Packer();
            head.integer(strings.size());
            for (String s : strings) {
                byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                head.integer(utf8.length);
                head.raw(utf8);
            }
            byte[] all = Arrays.copyOf(head.buf, head.size + size);
            System.arraycopy(buf, 0, all, head.size, size);
            return all;
        }
    }

    private static final class Unpacker {
        private static final Sex[] SEXES = Sex.values();
        private final byte[] bytes;
        private int at;
        private final String[] strings;

        Unpacker(byte[] bytes) {
            this.bytes = bytes;
            strings = new String[integer()];
            for (int i = 0; i < strings.length; i++) {
                int length = integer();
                strings[i] = new String(bytes, at, length, StandardCharsets.UTF_8);
                at += length;
            }
        }

        int integer() {
            int v = 0;
            int shift = 0;
            byte b;
            do {
                b = bytes[at++];
                v |= (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            return v;
        }

        String string() {
            int i = integer();
            return i == 0 ? null : strings[i - 1];
        }

        Shipped family() {
            String id = string();
            Pedigree.Builder b = Pedigree.builder();
            int persons = integer();
            for (int i = 0; i < persons; i++) {
                b.person(string(), sex(), string(), string());
            }
            int missing = integer();
            List<String> missingPersons = new ArrayList<>(missing);
            int[] ordinals = new int[missing];
            for (int i = 0; i < missing; i++) {
                missingPersons.add(string());
                ordinals[i] = integer();
            }
            int refs = integer();
            Map<String, Profile> references = new LinkedHashMap<>();
            for (int i = 0; i < refs; i++) {
                references.put(string(), profile());
            }
            return new Shipped(new Screening.Family(id, b.build(), missingPersons, references), ordinals);
        }

        Sex sex() {
            return SEXES[integer()];
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
