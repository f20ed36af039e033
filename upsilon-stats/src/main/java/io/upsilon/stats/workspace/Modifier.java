package io.upsilon.stats.workspace;

import java.util.Arrays;
import java.util.Objects;

/**
 * One HistFactory modifier of a sample, as written in a pyhf workspace. Each pyhf modifier type is
 * one record; the model layer compiles each of them with its own class.
 */
public sealed interface Modifier
        permits Modifier.NormFactor,
                Modifier.ShapeFactor,
                Modifier.Lumi,
                Modifier.NormSys,
                Modifier.HistoSys,
                Modifier.ShapeSys,
                Modifier.StatError,
                Modifier.Formula {

    /** The parameter name the modifier is attached to. */
    String name();

    /** The pyhf type name ("normsys", "histosys", ...). */
    String type();

    private static String checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("modifier name must not be empty");
        }
        return name;
    }

    private static double[] checkFinite(double[] v, String what) {
        Objects.requireNonNull(v, what);
        for (double x : v) {
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException(what + " must be finite numbers");
            }
        }
        return v.clone();
    }

    /** Free multiplicative normalisation (unconstrained). */
    record NormFactor(String name) implements Modifier {
        /** Validates the name. */
        public NormFactor {
            checkName(name);
        }

        @Override
        public String type() {
            return "normfactor";
        }
    }

    /** Free per-bin multiplicative factor (unconstrained). */
    record ShapeFactor(String name) implements Modifier {
        /** Validates the name. */
        public ShapeFactor {
            checkName(name);
        }

        @Override
        public String type() {
            return "shapefactor";
        }
    }

    /** Luminosity: a Gaussian-constrained global factor configured in the measurement. */
    record Lumi(String name) implements Modifier {
        /** Validates the name. */
        public Lumi {
            checkName(name);
        }

        @Override
        public String type() {
            return "lumi";
        }
    }

    /** Normalisation systematic: the factors at alpha = +1 ({@code hi}) and -1 ({@code lo}). */
    record NormSys(String name, double hi, double lo) implements Modifier {
        /** Validates name and factors. */
        public NormSys {
            checkName(name);
            if (!Double.isFinite(hi) || !Double.isFinite(lo)) {
                throw new IllegalArgumentException("normsys hi/lo must be finite");
            }
        }

        @Override
        public String type() {
            return "normsys";
        }
    }

    /** Shape systematic: the sample's histograms at alpha = +1 and -1. */
    record HistoSys(String name, double[] hiData, double[] loData) implements Modifier {
        /** Validates and copies the histograms. */
        public HistoSys {
            checkName(name);
            hiData = checkFinite(hiData, "hi_data");
            loData = checkFinite(loData, "lo_data");
            if (hiData.length != loData.length) {
                throw new IllegalArgumentException("hi_data and lo_data must have the same length");
            }
        }

        @Override
        public double[] hiData() {
            return hiData.clone();
        }

        @Override
        public double[] loData() {
            return loData.clone();
        }

        @Override
        public String type() {
            return "histosys";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof HistoSys h
                    && h.name.equals(name)
                    && Arrays.equals(h.hiData, hiData)
                    && Arrays.equals(h.loData, loData);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, Arrays.hashCode(hiData), Arrays.hashCode(loData));
        }

        @Override
        public String toString() {
            return "HistoSys[" + name + "]";
        }
    }

    /** Uncorrelated per-bin shape uncertainty (Poisson-constrained gammas); data = absolute errors. */
    record ShapeSys(String name, double[] data) implements Modifier {
        /** Validates and copies the errors. */
        public ShapeSys {
            checkName(name);
            data = checkFinite(data, "data");
        }

        @Override
        public double[] data() {
            return data.clone();
        }

        @Override
        public String type() {
            return "shapesys";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ShapeSys h && h.name.equals(name) && Arrays.equals(h.data, data);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, Arrays.hashCode(data));
        }

        @Override
        public String toString() {
            return "ShapeSys[" + name + "]";
        }
    }

    /**
     * An Upsilon extension of the pyhf schema: a free multiplicative normalisation given by an
     * {@link Expression} of named parameters (e.g. {@code mu^2}, or a yield as a function of two
     * couplings), written {@code {"name": label, "type": "formula", "data": {"expression": "..."}}}.
     * The name is a label; the parameters are the expression's names, free (normfactor-like) unless
     * the measurement sets them. pyhf's schema does not know the type and rejects the workspace.
     *
     * @param name the modifier's label
     * @param expression the parsed factor
     */
    record Formula(String name, Expression expression) implements Modifier {
        /** Validates the name. */
        public Formula {
            checkName(name);
            Objects.requireNonNull(expression, "expression");
        }

        @Override
        public String type() {
            return "formula";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Formula f
                    && f.name.equals(name)
                    && f.expression.text().equals(expression.text());
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, expression.text());
        }
    }

    /** MC statistical uncertainty (Gaussian gammas, combined per channel); data = absolute errors. */
    record StatError(String name, double[] data) implements Modifier {
        /** Validates and copies the errors. */
        public StatError {
            checkName(name);
            data = checkFinite(data, "data");
        }

        @Override
        public double[] data() {
            return data.clone();
        }

        @Override
        public String type() {
            return "staterror";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof StatError h && h.name.equals(name) && Arrays.equals(h.data, data);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, Arrays.hashCode(data));
        }

        @Override
        public String toString() {
            return "StatError[" + name + "]";
        }
    }
}
