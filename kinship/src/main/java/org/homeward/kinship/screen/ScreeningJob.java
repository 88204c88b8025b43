package org.homeward.kinship.screen;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.homeward.kinship.DropoutModel;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Marker;

/**
 * What a screening needs to run in another process (e.g. on Spark): the settings of the screening it
 * stands for ({@link Screening#jobSettings()}), the families and the remains in the order that screening
 * holds them; and what comes back, {@link Result}, for {@link Screening#resultOf}. Both are files of a
 * versioned binary form: a magic, the format version, then {@link ScreeningCodec}'s values (doubles as
 * raw bits). Reading is strict: another magic or version, a truncated or over-long file, or values that
 * are not sound (a marker without alleles, a pedigree with one parent) are refused with the reason.
 */
public record ScreeningJob(Settings settings, List<Screening.Family> families, List<Screening.Remains> remains) {

    /** The format version written and the only one read. */
    public static final int VERSION = 1;
    private static final byte[] JOB_MAGIC = "HWSJ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RESULT_MAGIC = "HWSR".getBytes(StandardCharsets.US_ASCII);

    public ScreeningJob {
        Objects.requireNonNull(settings, "settings");
        families = List.copyOf(families);
        remains = List.copyOf(remains);
    }

    /**
     * A screening's settings as the builder takes them, without fitting: the fitted markers (with their
     * frequencies and mutation models), θ, the remains' dropout class (null: clean typings), the LR
     * threshold, the list length and whether sexes must agree.
     */
    public record Settings(List<Marker> markers, double theta, DropoutModel dropout, double minLr, int topK, boolean sexConsistent) {
        public Settings {
            markers = List.copyOf(markers);
        }

        /** The in-process screening with exactly these settings (on every core unless {@code threads} is set). */
        public Screening.Builder builder() {
            Screening.Builder b = Screening.newBuilder().frequencies(markers).theta(theta).minLr(minLr).topK(topK)
                    .sexConsistent(sexConsistent);
            return dropout == null ? b : b.dropout(dropout);
        }

        /** The settings alone in the codec's form, e.g. for Spark's executors. */
        public byte[] toBytes() {
            return write(new ScreeningCodec.Writer()).bytes();
        }

        /** @throws KinshipInputException when the bytes are not {@link #toBytes()}'s */
        public static Settings fromBytes(byte[] bytes) {
            return ScreeningCodec.read(bytes, "the screening settings", Settings::read);
        }

        ScreeningCodec.Writer write(ScreeningCodec.Writer out) {
            out.integer(markers.size());
            markers.forEach(out::marker);
            return out.number(theta).dropout(dropout).number(minLr).integer(topK).flag(sexConsistent);
        }

        static Settings read(ScreeningCodec.Reader in) {
            int n = in.count();
            List<Marker> markers = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                markers.add(in.marker());
            }
            return new Settings(markers, in.number(), in.dropout(), in.number(), in.integer(), in.flag());
        }
    }

    /**
     * What a screening elsewhere found: the candidates as {@link ScreeningResult#candidates()} gives them
     * (LRs exact), the pairs screened and those at or above the threshold, and the missing persons it refused.
     */
    public record Result(List<Candidate> candidates, long pairsScreened, long pairsAboveThreshold, List<Screening.Refusal> refusals) {
        public Result {
            candidates = List.copyOf(candidates);
            refusals = List.copyOf(refusals);
        }

        public void write(OutputStream out) {
            ScreeningCodec.Writer w = new ScreeningCodec.Writer();
            w.integer(candidates.size());
            for (Candidate c : candidates) {
                w.string(c.remainsId()).string(c.familyId()).string(c.missingPerson()).number(c.log10Lr())
                        .integer(c.markersCompared()).integer(c.inconsistentMarkers());
            }
            w.longInteger(pairsScreened).longInteger(pairsAboveThreshold).integer(refusals.size());
            refusals.forEach(r -> w.string(r.familyId()).string(r.missingPerson()).strings(r.problems()));
            ScreeningJob.write(out, RESULT_MAGIC, w);
        }

        /** @throws KinshipInputException when the input is not a screening result of this version, or is damaged */
        public static Result read(InputStream in) {
            return ScreeningJob.read(in, RESULT_MAGIC, "the screening result", r -> {
                int n = r.count();
                List<Candidate> candidates = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    candidates.add(new Candidate(r.string(), r.string(), r.string(), r.number(), r.integer(), r.integer()));
                }
                long pairs = r.longInteger();
                long above = r.longInteger();
                int refused = r.count();
                List<Screening.Refusal> refusals = new ArrayList<>(refused);
                for (int i = 0; i < refused; i++) {
                    refusals.add(new Screening.Refusal(r.string(), r.string(), r.strings()));
                }
                return new Result(candidates, pairs, above, refusals);
            });
        }
    }

    public void write(OutputStream out) {
        ScreeningCodec.Writer w = settings.write(new ScreeningCodec.Writer());
        w.integer(families.size());
        families.forEach(w::family);
        w.integer(remains.size());
        remains.forEach(w::remains);
        write(out, JOB_MAGIC, w);
    }

    /** @throws KinshipInputException when the input is not a screening job of this version, or is damaged */
    public static ScreeningJob read(InputStream in) {
        return read(in, JOB_MAGIC, "the screening job", r -> {
            Settings settings = Settings.read(r);
            int nf = r.count();
            List<Screening.Family> families = new ArrayList<>(nf);
            for (int i = 0; i < nf; i++) {
                families.add(r.family());
            }
            int nr = r.count();
            List<Screening.Remains> remains = new ArrayList<>(nr);
            for (int i = 0; i < nr; i++) {
                remains.add(r.remains());
            }
            return new ScreeningJob(settings, families, remains);
        });
    }

    private static void write(OutputStream out, byte[] magic, ScreeningCodec.Writer body) {
        try {
            out.write(magic);
            out.write(ByteBuffer.allocate(4).putInt(VERSION).array());
            out.write(body.bytes());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(InputStream in, byte[] magic, String what, Function<ScreeningCodec.Reader, T> parse) {
        byte[] all;
        try {
            all = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int head = magic.length + 4;
        if (all.length < head || !Arrays.equals(all, 0, magic.length, magic, 0, magic.length)) {
            throw new KinshipInputException(what + " is not one: it does not begin with " + new String(magic, StandardCharsets.US_ASCII));
        }
        int version = ByteBuffer.wrap(all, magic.length, 4).getInt();
        if (version != VERSION) {
            throw new KinshipInputException(what + " is of format version " + version + "; this Homeward reads version " + VERSION);
        }
        return ScreeningCodec.read(all, head, what, parse);
    }
}
