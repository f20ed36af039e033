package io.upsilon.generators.decay;

import java.util.Arrays;
import java.util.function.DoubleSupplier;

/**
 * The accept-reject bounds of a semileptonic model whose meson may have a Breit-Wigner mass: the
 * parent's mass comes from its event four-momentum, so it differs in the last digits from decay to
 * decay, and a broad meson (a D**, a rho) gets a different mass each time. Bounds are kept per 20
 * MeV bin of the meson mass (the largest |A|^2 changes by a few per cent over one; a bound exceeded
 * later is raised) and reset only if the parent or lepton mass moves by more than 0.1 MeV. A bound
 * is {@code safety} times the largest |A|^2 of {@code points} random phase-space points. Not
 * thread-safe.
 */
final class MesonMassBounds {
    private static final double MASS_TOLERANCE = 1e-4; // GeV
    private static final double MESON_MASS_BIN = 0.02; // GeV

    private final String modelName;
    private final int points;
    private final double safety;

    private double boundParent = Double.NaN;
    private double boundLepton = Double.NaN;
    private double[] boundByBin = new double[0];
    private int bin;

    /** Bounds for the model {@code modelName} (for messages). */
    MesonMassBounds(String modelName, int points, double safety) {
        this.modelName = modelName;
        this.points = points;
        this.safety = safety;
    }

    /**
     * The bound for this decay's masses (meson at {@code masses[0]}, lepton at {@code masses[1]});
     * {@code randomPointWeight} gives |A|^2 at a random phase-space point, or a negative number for
     * a point outside the phase space.
     */
    double bound(double parentMass, double[] masses, DoubleSupplier randomPointWeight) {
        if (!(Math.abs(parentMass - boundParent) <= MASS_TOLERANCE)
                || !(Math.abs(masses[1] - boundLepton) <= MASS_TOLERANCE)) {
            boundParent = parentMass;
            boundLepton = masses[1];
            boundByBin = new double[0];
        }
        bin = Math.max(0, (int) (masses[0] / MESON_MASS_BIN));
        if (bin >= boundByBin.length) {
            int old = boundByBin.length;
            boundByBin = Arrays.copyOf(boundByBin, bin + 1);
            Arrays.fill(boundByBin, old, bin + 1, Double.NaN);
        }
        if (Double.isNaN(boundByBin[bin])) {
            double max = 0;
            for (int i = 0; i < points; i++) {
                max = Math.max(max, randomPointWeight.getAsDouble());
            }
            if (!(max > 0)) {
                throw new IllegalStateException(
                        modelName + ": the matrix element vanishes for a parent of mass " + parentMass);
            }
            boundByBin[bin] = safety * max;
        }
        return boundByBin[bin];
    }

    /** Raises the current bin's bound to {@code safety} times {@code w} (a weight above the bound). */
    void raise(double w) {
        boundByBin[bin] = safety * w;
    }
}
