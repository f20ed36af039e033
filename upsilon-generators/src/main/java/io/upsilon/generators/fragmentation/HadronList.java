package io.upsilon.generators.fragmentation;

import java.util.Arrays;

/**
 * A growable list of hadrons on primitive arrays: PDG id and four values per hadron (either
 * light-cone p+, p-, px, py in a string frame, or px, py, pz, E in the lab), reused between
 * strings so that the inner loop allocates nothing.
 */
final class HadronList {
    private int size;
    private int[] ids = new int[32];
    private double[] values = new double[4 * 32];

    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    void add(int id, double v0, double v1, double v2, double v3) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, 2 * size);
            values = Arrays.copyOf(values, 8 * size);
        }
        ids[size] = id;
        int o = 4 * size;
        values[o] = v0;
        values[o + 1] = v1;
        values[o + 2] = v2;
        values[o + 3] = v3;
        size++;
    }

    int id(int i) {
        return ids[i];
    }

    /** Value {@code k} (0-3) of hadron {@code i}. */
    double value(int i, int k) {
        return values[4 * i + k];
    }
}
