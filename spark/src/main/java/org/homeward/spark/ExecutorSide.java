package org.homeward.spark;

import java.util.function.Supplier;

/**
 * What the tasks of one run share in a JVM (an executor): the markers, whose caches of founder sides
 * then fill once per executor as they do once per process in the in-process engine. Holds one run's
 * value, keyed by a token unique to that run (broadcast ids restart with each Spark context); a later
 * run replaces it, and the driver releases its own copy when the run ends.
 */
final class ExecutorSide {

    private static String heldToken;
    private static Object held;

    private ExecutorSide() { }

    /** The value for this run's token, made by the first task that asks; the others wait for it. */
    @SuppressWarnings("unchecked")
    static synchronized <T> T get(String token, Supplier<T> make) {
        if (!token.equals(heldToken)) {
            held = null;
            held = make.get();
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
