package io.upsilon.core.random;

import java.nio.charset.StandardCharsets;

/**
 * A family of independent, reproducible random streams derived from one master seed.
 *
 * <p>Every consumer (a partition, a process, a detector module, a toy) asks for its own stream by
 * name or index: {@code RandomStreams.of(seed).child("partition", 7).stream("detector/tracking")}.
 * The seed of a stream is a pure function of the master seed and the path of names and indices
 * that leads to it, so the numbers a consumer sees do not depend on which other consumers exist,
 * on thread scheduling or on the executor. There is no global or static generator anywhere in
 * Upsilon.
 *
 * <p>Instances are immutable and thread-safe; the streams they hand out are not (one stream
 * belongs to one consumer on one thread).
 */
public final class RandomStreams {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final long key;
    private final String path;

    private RandomStreams(long key, String path) {
        this.key = key;
        this.path = path;
    }

    /** The root family of a job with the given master seed. */
    public static RandomStreams of(long masterSeed) {
        return new RandomStreams(mix64(masterSeed ^ 0x5DEECE66DL), "");
    }

    /** A sub-family named {@code name}. */
    public RandomStreams child(String name) {
        return new RandomStreams(derive(key, name), join(path, name));
    }

    /** A sub-family named {@code name} with an index, e.g. {@code child("partition", 7)}. */
    public RandomStreams child(String name, long index) {
        return new RandomStreams(
                derive(mix64(derive(key, name) + GOLDEN_GAMMA * (index + 1)), "#"),
                join(path, name + "[" + index + "]"));
    }

    /** A fresh generator for the consumer named {@code name}; the same name always gives the same numbers. */
    public RandomStream stream(String name) {
        long s = derive(key, name);
        return new RandomStream(join(path, name), mix64(s), mix64(s + GOLDEN_GAMMA));
    }

    /** The path of names from the root, for provenance and debugging. */
    public String path() {
        return path;
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "/" + b;
    }

    /** Seed derivation: FNV-1a over the UTF-8 bytes of the name, folded with the parent key. */
    private static long derive(long parent, String name) {
        long h = 0xCBF29CE484222325L ^ parent;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001B3L;
        }
        return mix64(h ^ mix64(parent + GOLDEN_GAMMA));
    }

    /** Stafford's variant 13 of the MurmurHash3 finaliser (as in SplitMix64). */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
