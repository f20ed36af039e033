package io.upsilon.stats.model;

import java.util.Arrays;
import java.util.TreeMap;

/** Mutable accumulator of one parameter set while a workspace is compiled (compile-time only). */
final class ParameterBuilder {
    final String name;
    final String family;
    final String modifierType;
    final int size;
    final Constraint constraint;
    final double[] inits;
    final double[] lower;
    final double[] upper;
    final boolean[] fixed;
    final double[] auxdata;
    final double[] widths;
    /** Scratch accumulators for kinds that combine several samples (staterror: sum err^2, sum nominal). */
    final double[] accA;

    final double[] accB;
    /**
     * Per-sample data for kinds that combine several samples, by sample name (the order in which
     * pyhf combines them): staterror keeps {errors, nominal}.
     */
    final TreeMap<String, double[][]> bySample = new TreeMap<>();
    /** Pointer of the first modifier that declared it, for error messages. */
    final String pointer;

    ParameterBuilder(String name, String family, String modifierType, int size, Constraint constraint, String pointer) {
        this.name = name;
        this.family = family;
        this.modifierType = modifierType;
        this.size = size;
        this.constraint = constraint;
        this.pointer = pointer;
        inits = new double[size];
        lower = new double[size];
        upper = new double[size];
        fixed = new boolean[size];
        auxdata = new double[size];
        widths = new double[size];
        Arrays.fill(auxdata, Double.NaN);
        Arrays.fill(widths, Double.NaN);
        accA = new double[size];
        accB = new double[size];
    }

    void defaults(double init, double lo, double hi) {
        Arrays.fill(inits, init);
        Arrays.fill(lower, lo);
        Arrays.fill(upper, hi);
    }

    String elementName(int j) {
        return size == 1 ? name : name + "[" + j + "]";
    }

    ParameterSet build(int offset) {
        return new ParameterSet(
                name, modifierType, offset, size, constraint, inits, lower, upper, fixed, auxdata, widths);
    }
}
