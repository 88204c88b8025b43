package org.homeward.kinship.screen;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.homeward.kinship.AllelePair;
import org.homeward.kinship.DropoutModel;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Marker;
import org.homeward.kinship.MutationMatrix;
import org.homeward.kinship.MutationModel;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;

/**
 * A screening's inputs in a compact binary form, for another process or machine: markers (frequencies
 * and mutation models), settings, families and remains, written with {@link Writer} and read back with
 * {@link #read}. Every distinct string is written once (marker and allele names then hashed once when
 * read), numbers as unsigned varints (7 bits a byte; most are small counts and indices), doubles as
 * their raw bits, so nothing is rounded. Order is kept everywhere it matters (alleles, pedigree persons,
 * genotypes, references), so a screening built from what is read computes the writer's numbers bit for
 * bit. {@link ScreeningJob} is a file of this form; the Spark engine ships its slices in it.
 */
public final class ScreeningCodec {

    private static final Sex[] SEXES = Sex.values();
    private static final MutationModel.Kind[] KINDS = MutationModel.Kind.values();

    private ScreeningCodec() { }

    /**
     * Reads {@code bytes} (a {@link Writer}'s) with {@code parse}, which must consume all of them.
     *
     * @param what names the input in the errors, e.g. "the screening job"
     * @throws KinshipInputException when the bytes are truncated, too long or otherwise not what {@code parse} expects
     */
    public static <T> T read(byte[] bytes, String what, Function<Reader, T> parse) {
        return read(bytes, 0, what, parse);
    }

    /** As {@link #read(byte[], String, Function)}, the values starting at {@code from} (after a file's header). */
    static <T> T read(byte[] bytes, int from, String what, Function<Reader, T> parse) {
        try {
            Reader in = new Reader(bytes, from);
            T value = parse.apply(in);
            if (in.at != bytes.length) {
                throw new KinshipInputException(what + " is damaged: " + (bytes.length - in.at) + " bytes after its end");
            }
            return value;
        } catch (IndexOutOfBoundsException | NegativeArraySizeException | NullPointerException e) {
            throw new KinshipInputException(what + " is damaged: it ends early or refers to what it does not hold");
        }
    }

    /** Writes values in order; {@link #bytes()} is the string table followed by them. */
    public static final class Writer {
        private byte[] buf = new byte[1 << 16];
        private int size;
        private final Map<String, Integer> table = new HashMap<>();
        private final List<String> strings = new ArrayList<>();

        /** A non-negative int (a count, an index, an ordinal). */
        public Writer integer(int v) {
            return longInteger(v & 0xFFFFFFFFL);
        }

        /** A non-negative long (a count of pairs). */
        public Writer longInteger(long v) {
            ensure(10);
            while ((v & ~0x7FL) != 0) {
                buf[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf[size++] = (byte) v;
            return this;
        }

        /** A double as its raw bits. */
        public Writer number(double v) {
            ensure(8);
            long bits = Double.doubleToRawLongBits(v);
            for (int i = 0; i < 8; i++) {
                buf[size++] = (byte) (bits >>> (8 * i));
            }
            return this;
        }

        public Writer flag(boolean v) {
            return integer(v ? 1 : 0);
        }

        /**
         * A string, or null. Looked up and added without a lambda: this runs for every id and allele
         * written, and computeIfAbsent's capturing lambda was 0.3 GB of a Spark 10⁵ × 10⁵ run's allocation (JFR).
         */
        public Writer string(String s) {
            if (s == null) {
                return integer(0);
            }
            Integer index = table.get(s);
            if (index == null) {
                index = strings.size();
                table.put(s, index);
                strings.add(s);
            }
            return integer(1 + index);
        }

        public Writer strings(List<String> list) {
            integer(list.size());
            list.forEach(this::string);
            return this;
        }

        /** A marker: name, alleles with frequencies, both mutation models (a custom one with its matrix). */
        public Writer marker(Marker m) {
            string(m.name());
            integer(m.alleleCount());
            for (int i = 0; i < m.alleleCount(); i++) {
                string(m.allele(i));
                number(m.frequency(i));
            }
            mutation(m.femaleMutation());
            return mutation(m.maleMutation());
        }

        private Writer mutation(MutationModel model) {
            integer(model.kind().ordinal());
            number(model.rate());
            number(model.range());
            number(model.rate2());
            if (model.custom() != null) {
                List<String> alleles = model.custom().alleles();
                strings(alleles);
                for (int from = 0; from < alleles.size(); from++) {
                    for (int to = 0; to < alleles.size(); to++) {
                        number(model.custom().probability(from, to));
                    }
                }
            }
            return this;
        }

        /** A dropout model, or null. */
        public Writer dropout(DropoutModel d) {
            flag(d != null);
            if (d != null) {
                number(d.dropout());
                number(d.homozygousDropout());
                number(d.dropIn());
            }
            return this;
        }

        public Writer profile(Profile p) {
            string(p.id());
            integer(p.genotypes().size());
            for (Map.Entry<String, AllelePair> g : p.genotypes().entrySet()) {
                string(g.getKey());
                string(g.getValue().first());
                string(g.getValue().second());
            }
            return this;
        }

        /** A family: id, pedigree (parents first, as it holds them), missing persons, references in order. */
        public Writer family(Screening.Family f) {
            string(f.id());
            Pedigree p = f.pedigree();
            integer(p.size());
            for (int i = 0; i < p.size(); i++) {
                string(p.id(i));
                integer(p.sex(i).ordinal());
                string(p.isFounder(i) ? null : p.id(p.father(i)));
                string(p.isFounder(i) ? null : p.id(p.mother(i)));
            }
            strings(f.missingPersons());
            integer(f.references().size());
            for (Map.Entry<String, Profile> r : f.references().entrySet()) {
                string(r.getKey());
                profile(r.getValue());
            }
            return this;
        }

        public Writer remains(Screening.Remains r) {
            profile(r.profile());
            return integer(r.sex().ordinal());
        }

        private void ensure(int more) {
            if (size + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
            }
        }

        private void raw(byte[] bytes) {
            ensure(bytes.length);
            System.arraycopy(bytes, 0, buf, size, bytes.length);
            size += bytes.length;
        }

        /** The table of distinct strings (each referred to by its index + 1, 0 for null), then the values. */
        public byte[] bytes() {
            Writer head = new Writer();
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

    /**
     * Reads a {@link Writer}'s values back in the order written (through {@link ScreeningCodec#read},
     * which turns a read past the end into a clear error).
     */
    public static final class Reader {
        private final byte[] bytes;
        private int at;
        private final String[] strings;

        private Reader(byte[] bytes, int from) {
            this.bytes = bytes;
            this.at = from;
            strings = new String[count()];
            for (int i = 0; i < strings.length; i++) {
                int length = count();
                if (length > bytes.length - at) {
                    throw new IndexOutOfBoundsException(length);
                }
                strings[i] = new String(bytes, at, length, StandardCharsets.UTF_8);
                at += length;
            }
        }

        public int integer() {
            long v = longInteger();
            if (v > Integer.MAX_VALUE) {
                throw new IndexOutOfBoundsException("not an int: " + v);
            }
            return (int) v;
        }

        public long longInteger() {
            long v = 0;
            int shift = 0;
            byte b;
            do {
                if (shift > 63) {
                    throw new IndexOutOfBoundsException("a number longer than 64 bits");
                }
                b = bytes[at++];
                v |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            if (v < 0) {
                throw new IndexOutOfBoundsException("a negative count");
            }
            return v;
        }

        /** A count of items that follow, each at least a byte: never more than the bytes left. */
        public int count() {
            int n = integer();
            if (n > bytes.length - at) {
                throw new IndexOutOfBoundsException("a count of " + n + " with " + (bytes.length - at) + " bytes left");
            }
            return n;
        }

        public double number() {
            if (at + 8 > bytes.length) {
                throw new IndexOutOfBoundsException(at + 8);
            }
            long bits = 0;
            for (int i = 0; i < 8; i++) {
                bits |= (bytes[at++] & 0xFFL) << (8 * i);
            }
            return Double.longBitsToDouble(bits);
        }

        public boolean flag() {
            int v = integer();
            if (v > 1) {
                throw new IndexOutOfBoundsException("a flag of " + v);
            }
            return v == 1;
        }

        public String string() {
            int i = integer();
            return i == 0 ? null : strings[i - 1];
        }

        public List<String> strings() {
            int n = count();
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(string());
            }
            return out;
        }

        /** @throws KinshipInputException when the marker read is not a sound one */
        public Marker marker() {
            String name = string();
            Marker.Builder b = Marker.builder(name);
            int alleles = count();
            for (int i = 0; i < alleles; i++) {
                b.allele(string(), number());
            }
            b.femaleMutation(mutation()).maleMutation(mutation());
            try {
                return b.build();
            } catch (IllegalStateException e) { // its mutation matrices, made from what was read
                throw new KinshipInputException("marker " + name + " is not sound: " + e.getMessage());
            }
        }

        private MutationModel mutation() {
            MutationModel.Kind kind = KINDS[integer()];
            double rate = number();
            double range = number();
            double rate2 = number();
            MutationMatrix custom = null;
            if (kind == MutationModel.Kind.CUSTOM) {
                List<String> alleles = strings();
                if ((long) alleles.size() * alleles.size() * 8 > bytes.length - at) {
                    throw new IndexOutOfBoundsException("a mutation matrix larger than the bytes left");
                }
                double[][] rows = new double[alleles.size()][alleles.size()];
                for (double[] row : rows) {
                    for (int to = 0; to < row.length; to++) {
                        row[to] = number();
                    }
                }
                custom = new MutationMatrix(alleles, rows);
            }
            return new MutationModel(kind, rate, range, rate2, custom);
        }

        public DropoutModel dropout() {
            return flag() ? new DropoutModel(number(), number(), number()) : null;
        }

        public Profile profile() {
            Profile.Builder b = Profile.builder(string());
            int n = count();
            for (int i = 0; i < n; i++) {
                b.put(string(), string(), string());
            }
            return b.build();
        }

        public Screening.Family family() {
            String id = string();
            Pedigree.Builder b = Pedigree.builder();
            int persons = count();
            for (int i = 0; i < persons; i++) {
                b.person(string(), sex(), string(), string());
            }
            Pedigree pedigree = b.build();
            List<String> missingPersons = strings();
            int refs = count();
            Map<String, Profile> references = new LinkedHashMap<>();
            for (int i = 0; i < refs; i++) {
                references.put(string(), profile());
            }
            return new Screening.Family(id, pedigree, missingPersons, references);
        }

        public Screening.Remains remains() {
            return new Screening.Remains(profile(), sex());
        }

        private Sex sex() {
            return SEXES[integer()];
        }
    }
}
