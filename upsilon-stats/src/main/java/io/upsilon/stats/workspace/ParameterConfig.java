package io.upsilon.stats.workspace;

import java.util.Arrays;
import java.util.Objects;

/**
 * A measurement's settings for one parameter set; every array is null when not given.
 *
 * @param name parameter name
 * @param inits initial values
 * @param bounds lower/upper bounds, {@code bounds[i] = {lo, hi}}
 * @param fixed whether the parameter is held constant
 * @param auxdata auxiliary measurement values (constrained parameters)
 * @param sigmas constraint widths (Gaussian-constrained parameters)
 */
public record ParameterConfig(
        String name, double[] inits, double[][] bounds, boolean fixed, double[] auxdata, double[] sigmas) {
    /** Validates and copies. */
    public ParameterConfig {
        Objects.requireNonNull(name, "name");
        inits = inits == null ? null : inits.clone();
        auxdata = auxdata == null ? null : auxdata.clone();
        sigmas = sigmas == null ? null : sigmas.clone();
        if (bounds != null) {
            double[][] b = new double[bounds.length][];
            for (int i = 0; i < bounds.length; i++) {
                if (bounds[i].length != 2 || !(bounds[i][0] <= bounds[i][1])) {
                    throw new IllegalArgumentException("parameter " + name + ": bounds must be [lo, hi] with lo <= hi");
                }
                b[i] = bounds[i].clone();
            }
            bounds = b;
        }
    }

    @Override
    public double[] inits() {
        return inits == null ? null : inits.clone();
    }

    @Override
    public double[][] bounds() {
        if (bounds == null) {
            return null;
        }
        double[][] b = new double[bounds.length][];
        for (int i = 0; i < b.length; i++) {
            b[i] = bounds[i].clone();
        }
        return b;
    }

    @Override
    public double[] auxdata() {
        return auxdata == null ? null : auxdata.clone();
    }

    @Override
    public double[] sigmas() {
        return sigmas == null ? null : sigmas.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterConfig p
                && p.name.equals(name)
                && p.fixed == fixed
                && Arrays.equals(p.inits, inits)
                && Arrays.deepEquals(p.bounds, bounds)
                && Arrays.equals(p.auxdata, auxdata)
                && Arrays.equals(p.sigmas, sigmas);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, fixed, Arrays.hashCode(inits), Arrays.deepHashCode(bounds));
    }

    @Override
    public String toString() {
        return "ParameterConfig[" + name + "]";
    }
}
