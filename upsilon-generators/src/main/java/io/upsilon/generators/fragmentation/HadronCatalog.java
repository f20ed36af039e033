package io.upsilon.generators.fragmentation;

import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import java.util.Arrays;

/**
 * The hadrons the string can make, with their masses and widths from a {@link ParticleTable}, and
 * the sampling of a hadron's mass.
 *
 * <p>Hadrons with a total width above {@value #SMEARED_WIDTH} GeV get a non-relativistic
 * Breit-Wigner mass, truncated to m0 &plusmn; {@value #TRUNCATION} Gamma and, from below, to the
 * lightest hadron of the same quark content plus a pi0 mass (so that, e.g., a rho can still decay
 * to two pions and a D_0* to D pi). Narrower hadrons get their nominal mass: below an MeV the
 * smearing is invisible at a B factory. The truncated Cauchy distribution is sampled exactly by
 * inverting its cumulative distribution.
 */
final class HadronCatalog {
    /** Widths (GeV) above which masses are smeared. */
    static final double SMEARED_WIDTH = 1e-3;

    /** Half-width of the mass window in units of the total width. */
    static final double TRUNCATION = 2.0;

    private final int[] index;
    private final double[] mass;
    private final double[] width;
    private final double[] atanLow;
    private final double[] atanHigh;
    private final double[] minimum;

    HadronCatalog(ParticleTable table) {
        int[] ids = HadronSpecies.producibleIds();
        int max = Arrays.stream(ids).max().orElseThrow();
        index = new int[max + 1];
        Arrays.fill(index, -1);
        mass = new double[ids.length];
        width = new double[ids.length];
        atanLow = new double[ids.length];
        atanHigh = new double[ids.length];
        minimum = new double[ids.length];
        double mPi0 = table.byId(111).mass();
        for (int i = 0; i < ids.length; i++) {
            ParticleData p = table.findById(ids[i])
                    .orElseThrow(() -> new IllegalArgumentException(
                            "particle table " + table.source() + " lacks a hadron the string can make"));
            index[ids[i]] = i;
            mass[i] = p.mass();
            width[i] = Double.isNaN(p.width()) ? 0 : p.width();
        }
        for (int i = 0; i < ids.length; i++) {
            minimum[i] = mass[i];
            if (width[i] > SMEARED_WIDTH) {
                double lightest = Double.POSITIVE_INFINITY;
                for (int j = 0; j < ids.length; j++) {
                    if (contentKey(ids[j]) == contentKey(ids[i])) {
                        lightest = Math.min(lightest, mass[j]);
                    }
                }
                double low = Math.max(mass[i] - TRUNCATION * width[i], lightest + mPi0);
                double high = mass[i] + TRUNCATION * width[i];
                if (low < mass[i]) {
                    minimum[i] = low;
                    atanLow[i] = Math.atan(2 * (low - mass[i]) / width[i]);
                    atanHigh[i] = Math.atan(2 * (high - mass[i]) / width[i]);
                } else {
                    width[i] = 0; // no room below the pole: keep the nominal mass
                }
            }
        }
    }

    /**
     * Quark content of a hadron id, ignoring spin and excitation: sorted quark digits, with all
     * flavour-diagonal light mesons (pi0, eta, rho0, omega, ...) in one class.
     */
    private static int contentKey(int id) {
        int a = Math.abs(id) % 10000;
        int q1 = (a / 1000) % 10;
        int q2 = (a / 100) % 10;
        int q3 = (a / 10) % 10;
        if (q1 == 0) {
            return q2 == q3 && q2 <= 3 ? 11 : 10 * q2 + q3;
        }
        int hi = Math.max(q2, q3);
        int lo = Math.min(q2, q3);
        return 100 * q1 + 10 * hi + lo; // q1 is the heaviest quark of a baryon code
    }

    private int slot(int id) {
        int a = Math.abs(id);
        int i = a < index.length ? index[a] : -1;
        if (i < 0) {
            throw new IllegalArgumentException("not a hadron of the string: " + id);
        }
        return i;
    }

    /** Nominal mass of hadron {@code id} (either sign), GeV. */
    double nominalMass(int id) {
        return mass[slot(id)];
    }

    /** The lowest mass {@link #sampleMass} can return for {@code id}, GeV. */
    double minimumMass(int id) {
        return minimum[slot(id)];
    }

    /** A mass for hadron {@code id}: truncated Breit-Wigner for broad hadrons, else nominal. */
    double sampleMass(int id, RandomStream rng) {
        int i = slot(id);
        if (width[i] <= SMEARED_WIDTH) {
            return mass[i];
        }
        double t = atanLow[i] + (atanHigh[i] - atanLow[i]) * rng.nextDouble();
        return mass[i] + 0.5 * width[i] * Math.tan(t);
    }
}
