package org.homeward.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.homeward.kinship.screen.Screening;
import org.homeward.kinship.screen.ScreeningCodec;

/**
 * Families and remains as they travel to the executors: packed into one byte array per slice by the
 * kinship library's {@link ScreeningCodec} (every distinct string written once, doubles as raw bits), so
 * that a task carries a few compact arrays instead of a Java-serialized object graph, and the executor
 * rebuilds them with shared string instances (marker and allele names hashed once). Order is kept
 * everywhere it matters, so the executors compute the driver's numbers bit for bit. The settings travel
 * in the same form ({@code ScreeningJob.Settings.toBytes}).
 */
final class Wire {

    private Wire() { }

    /** A family to screen with, for each missing person kept, its place among all missing persons of the input (which breaks ties). */
    record Shipped(Screening.Family family, int[] ordinals) { }

    static byte[] packFamilies(List<Shipped> families) {
        ScreeningCodec.Writer out = new ScreeningCodec.Writer();
        out.integer(families.size());
        for (Shipped s : families) {
            out.family(s.family());
            for (int ordinal : s.ordinals()) {
                out.integer(ordinal);
            }
        }
        return out.bytes();
    }

    /** Reads packed families back in order, {@code chunk} at a time, so that no more than a chunk of them is ever held as objects. */
    static void unpackFamilies(byte[] bytes, int chunk, Consumer<List<Shipped>> sink) {
        ScreeningCodec.read(bytes, "a slice of families", in -> inChunks(in.count(), chunk, () -> {
            Screening.Family f = in.family();
            int[] ordinals = new int[f.missingPersons().size()];
            for (int i = 0; i < ordinals.length; i++) {
                ordinals[i] = in.integer();
            }
            return new Shipped(f, ordinals);
        }, sink));
    }

    static byte[] packRemains(List<Screening.Remains> remains) {
        ScreeningCodec.Writer out = new ScreeningCodec.Writer();
        out.integer(remains.size());
        remains.forEach(out::remains);
        return out.bytes();
    }

    /** Reads packed remains back in order, {@code chunk} at a time (see {@link #unpackFamilies}). */
    static void unpackRemains(byte[] bytes, int chunk, Consumer<List<Screening.Remains>> sink) {
        ScreeningCodec.read(bytes, "a slice of remains", in -> inChunks(in.count(), chunk, in::remains, sink));
    }

    /**
     * Hands {@code n} items to the sink in lists of at most {@code chunk}: the objects of one list die young,
     * where a whole slice unpacked at once would survive into the old generation and be copied there.
     */
    private static <T> Void inChunks(int n, int chunk, Supplier<T> next, Consumer<List<T>> sink) {
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
        return null;
    }
}

