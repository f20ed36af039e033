package io.upsilon.generators.decay;

import io.upsilon.core.kinematics.Frames;
import io.upsilon.core.random.RandomStream;

/**
 * A three-body decay with a matrix element that depends only on the Dalitz-plot invariants:
 * points are drawn uniformly in (s12, s23) (three-body phase space is flat there), kept with
 * probability |A|^2 / max, and given a uniformly random orientation in the parent rest frame.
 *
 * <p>The bound max is the largest |A|^2 on a 120 x 120 grid over the Dalitz plot times 1.2,
 * searched once per bin of parent mass (bins 1% wide from the threshold, so that broad parents
 * such as the omega rarely search and never use a bound far above their mass) at the bin's upper
 * edge: this assumes, as holds for the models here, that the largest |A|^2 grows with the parent
 * mass. Should a point ever exceed the bound, that bin's bound is raised to 1.2 times its value.
 * Not thread-safe (the cached bounds).
 */
abstract class ThreeBodyDalitzModel implements DecModel {
    private static final int GRID = 120;
    private static final double SAFETY = 1.2;

    private static final double BIN_RATIO = 1.01;
    private static final double LOG_BIN_RATIO = Math.log(BIN_RATIO);

    private double boundM1 = Double.NaN;
    private double boundM2 = Double.NaN;
    private double boundM3 = Double.NaN;
    private double[] boundByBin = new double[0];
    private int bin;

    /**
     * |A|^2 at the Dalitz point (s12, s13, s23) for the parent mass M and daughter masses m[0..2]
     * (arbitrary normalisation, finite, >= 0).
     */
    abstract double matrixElementSquared(double mParent, double[] m, double s12, double s13, double s23);

    /**
     * Whether a helicity-0 parent (a vector whose amplitude is epsilon . n, n the decay-plane
     * normal) orients the decay plane: the normal then follows cos^2 theta about the helicity axis.
     */
    boolean alignsDecayPlane() {
        return false;
    }

    @Override
    public void generate(double parentMass, double[] masses, double[] helicityAxis, RandomStream rng, double[] out) {
        double m1 = masses[0];
        double m2 = masses[1];
        double m3 = masses[2];
        double mm = parentMass * parentMass;
        double sum2 = mm + m1 * m1 + m2 * m2 + m3 * m3;
        double lo12 = (m1 + m2) * (m1 + m2);
        double hi12 = (parentMass - m3) * (parentMass - m3);
        double lo23 = (m2 + m3) * (m2 + m3);
        double hi23 = (parentMass - m1) * (parentMass - m1);
        double max = bound(parentMass, masses);
        double e1;
        double e3;
        double p1;
        double p3;
        double cos13;
        while (true) {
            double s12 = lo12 + (hi12 - lo12) * rng.nextDouble();
            double s23 = lo23 + (hi23 - lo23) * rng.nextDouble();
            double s13 = sum2 - s12 - s23;
            e1 = (mm + m1 * m1 - s23) / (2 * parentMass);
            e3 = (mm + m3 * m3 - s12) / (2 * parentMass);
            double e2 = parentMass - e1 - e3;
            if (e1 < m1 || e2 < m2 || e3 < m3) {
                continue;
            }
            p1 = Math.sqrt((e1 - m1) * (e1 + m1));
            p3 = Math.sqrt((e3 - m3) * (e3 + m3));
            double p2sq = (e2 - m2) * (e2 + m2);
            cos13 = (p2sq - p1 * p1 - p3 * p3) / (2 * p1 * p3);
            if (!(cos13 >= -1 && cos13 <= 1)) {
                continue;
            }
            double w = matrixElementSquared(parentMass, masses, s12, s13, s23);
            if (w > max) {
                boundByBin[bin] = SAFETY * w;
            }
            if (rng.nextDouble() * max <= w) {
                break;
            }
        }
        // Daughter 1 along a random direction n; daughter 3 at angle acos(cos13) from it; 2 balances.
        double nx;
        double ny;
        double nz;
        while (true) {
            DecayKinematics.randomDirection(rng, out, 0);
            nx = out[0];
            ny = out[1];
            nz = out[2];
            double psi = 2 * Math.PI * rng.nextDouble();
            Frames.direction(cos13, psi, nx, ny, nz, out, 8);
            if (helicityAxis == null || !alignsDecayPlane()) {
                break;
            }
            // Helicity 0: the decay-plane normal n1 x n3 follows cos^2 about the axis.
            double cx = ny * out[10] - nz * out[9];
            double cy = nz * out[8] - nx * out[10];
            double cz = nx * out[9] - ny * out[8];
            double along = cx * helicityAxis[0] + cy * helicityAxis[1] + cz * helicityAxis[2];
            if (rng.nextDouble() * (cx * cx + cy * cy + cz * cz) <= along * along) {
                break;
            }
        }
        DecayKinematics.set(out, 0, p1, nx, ny, nz, m1);
        DecayKinematics.set(out, 8, p3, out[8], out[9], out[10], m3);
        double qx = -out[0] - out[8];
        double qy = -out[1] - out[9];
        double qz = -out[2] - out[10];
        out[4] = qx;
        out[5] = qy;
        out[6] = qz;
        out[7] = Math.sqrt(qx * qx + qy * qy + qz * qz + m2 * m2);
    }

    /** The bound of |A|^2 for this parent mass (see the class documentation); sets {@link #bin}. */
    private double bound(double parentMass, double[] masses) {
        if (masses[0] != boundM1 || masses[1] != boundM2 || masses[2] != boundM3) {
            boundM1 = masses[0];
            boundM2 = masses[1];
            boundM3 = masses[2];
            boundByBin = new double[0]; // other daughters: start again (never the case in one channel)
        }
        double threshold = masses[0] + masses[1] + masses[2];
        bin = Math.max(0, (int) (Math.log(parentMass / threshold) / LOG_BIN_RATIO));
        if (bin >= boundByBin.length) {
            int old = boundByBin.length;
            boundByBin = java.util.Arrays.copyOf(boundByBin, Math.max(bin + 1, 2 * old));
            java.util.Arrays.fill(boundByBin, old, boundByBin.length, Double.NaN);
        }
        double b = boundByBin[bin];
        if (Double.isNaN(b)) {
            double upper = threshold * Math.pow(BIN_RATIO, bin + 1);
            b = SAFETY * gridMaximum(Math.max(upper, parentMass), masses);
            boundByBin[bin] = b;
        }
        return b;
    }

    /** The largest |A|^2 on a grid of points inside the Dalitz plot (cell centres). */
    final double gridMaximum(double parentMass, double[] masses) {
        double m1 = masses[0];
        double m2 = masses[1];
        double m3 = masses[2];
        double mm = parentMass * parentMass;
        double sum2 = mm + m1 * m1 + m2 * m2 + m3 * m3;
        double lo12 = (m1 + m2) * (m1 + m2);
        double hi12 = (parentMass - m3) * (parentMass - m3);
        double lo23 = (m2 + m3) * (m2 + m3);
        double hi23 = (parentMass - m1) * (parentMass - m1);
        double max = 0;
        for (int i = 0; i <= GRID; i++) {
            double s12 = lo12 + (hi12 - lo12) * i / GRID;
            for (int j = 0; j <= GRID; j++) {
                double s23 = lo23 + (hi23 - lo23) * j / GRID;
                if (inside(parentMass, m1, m2, m3, s12, s23)) {
                    max = Math.max(max, matrixElementSquared(parentMass, masses, s12, sum2 - s12 - s23, s23));
                }
            }
        }
        if (!(max > 0)) {
            throw new IllegalStateException(
                    "the matrix element vanishes on the whole Dalitz plot of mass " + parentMass);
        }
        return max;
    }

    /** Whether (s12, s23) lies inside the Dalitz plot. */
    static boolean inside(double mParent, double m1, double m2, double m3, double s12, double s23) {
        double e1 = (mParent * mParent + m1 * m1 - s23) / (2 * mParent);
        double e3 = (mParent * mParent + m3 * m3 - s12) / (2 * mParent);
        double e2 = mParent - e1 - e3;
        if (e1 < m1 || e2 < m2 || e3 < m3) {
            return false;
        }
        double p1 = Math.sqrt((e1 - m1) * (e1 + m1));
        double p3 = Math.sqrt((e3 - m3) * (e3 + m3));
        double p2 = Math.sqrt((e2 - m2) * (e2 + m2));
        return p2 <= p1 + p3 && p2 >= Math.abs(p1 - p3);
    }
}
