package org.homeward.spark;

import java.util.function.Function;
import org.apache.spark.broadcast.Broadcast;

/**
 * The broadcast side of a run, unpacked once per JVM (executor) and shared by its tasks, instead of once
 * per task. Holds one run's value, keyed by a token unique to that run (broadcast ids restart with each
 * Spark context); a later run replaces it, and the driver releases its own copy when the run ends.
 */
final class ExecutorSide {

    private static String heldToken;
    private static Object held;

    private ExecutorSide() { }

    /** The value for this run's token, unpacked from the broadcast bytes by the first task that asks. */
    @SuppressWarnings("unchecked")
    static synchronized <T> T get(String token, Broadcast<byte[]> packed, Function<byte[], T> unpack) {
        if (!token.equals(heldToken)) {
            held = null;
            held = unpack.apply(packed.value());
            heldToken = token;
        }
        return (T) held;
    }

    static synchronized void release(String token) {
        if (token.equals(heldToken)) {
            heldToken = null;
            held = null;
        }
    }
}
