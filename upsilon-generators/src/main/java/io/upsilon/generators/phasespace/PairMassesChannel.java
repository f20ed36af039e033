package io.upsilon.generators.phasespace;

import io.upsilon.core.kinematics.Frames;
import io.upsilon.core.random.RandomStream;

/**
 * The channel of the annihilation, conversion and bremsstrahlung topologies: the four leptons
 * form two opposite-charge pairs A and B (each from a photon), with masses M_A and M_B sampled
 * along the photon propagators, dM^2/M^2 (log-uniform: M_A over its whole range, then M_B up to
 * sqrt(s) - M_A), the production angle of A in the CM frame along the t- and u-channel lepton
 * propagators of e+e- -&gt; gamma* gamma* (an equal mixture of 1/(1/beta_A - cos theta) and
 * 1/(1/beta_B + cos theta), beta the velocities of the two systems), and each pair decaying
 * isotropically in its rest frame. In the "soft" variant, M_B is sampled instead so that s - M_B^2
 * (about 2 sqrt(s) E_A) is log-uniform: the dE/E spectrum of a soft pair A radiated by pair B.
 */
public final class PairMassesChannel implements FourLeptonChannel {
    private final int a1;
    private final int a2;
    private final int b1;
    private final int b2;
    private final double ma1;
    private final double ma2;
    private final double mb1;
    private final double mb2;
    private final boolean softA;
    private final double[] sysA = new double[4];
    private final double[] sysB = new double[4];
    private final double[] dir = new double[3];

    /**
     * @param pairA indices (0..3) of the two leptons of pair A
     * @param pairB indices of pair B
     * @param masses the four final-state masses in GeV, by index
     */
    public PairMassesChannel(int[] pairA, int[] pairB, double[] masses) {
        this(pairA, pairB, masses, false);
    }

    /**
     * @param pairA indices (0..3) of the two leptons of pair A
     * @param pairB indices of pair B
     * @param masses the four final-state masses in GeV, by index
     * @param softA sample s - M_B^2 log-uniform (pair A soft) instead of M_B^2
     */
    public PairMassesChannel(int[] pairA, int[] pairB, double[] masses, boolean softA) {
        this.softA = softA;
        this.a1 = pairA[0];
        this.a2 = pairA[1];
        this.b1 = pairB[0];
        this.b2 = pairB[1];
        this.ma1 = masses[a1];
        this.ma2 = masses[a2];
        this.mb1 = masses[b1];
        this.mb2 = masses[b2];
    }

    @Override
    public boolean generate(RandomStream rng, double sqrtS, double[] out) {
        double minA = ma1 + ma2;
        double minB = mb1 + mb2;
        double maxA = sqrtS - minB;
        if (!(maxA > minA)) {
            return false;
        }
        double mA2 = minA * minA * Math.exp(2 * Math.log(maxA / minA) * rng.nextDouble());
        double mA = Math.sqrt(mA2);
        double maxB = sqrtS - mA;
        if (!(maxB > minB)) {
            return false;
        }
        double mB2;
        if (softA) {
            double yMin = s(sqrtS) - maxB * maxB;
            double yMax = s(sqrtS) - minB * minB;
            mB2 = s(sqrtS) - yMin * Math.exp(Math.log(yMax / yMin) * rng.nextDouble());
        } else {
            mB2 = minB * minB * Math.exp(2 * Math.log(maxB / minB) * rng.nextDouble());
        }
        double mB = Math.sqrt(mB2);
        double k = FourMomenta.breakup(sqrtS, mA, mB);
        if (!(k > 0)) {
            return false;
        }
        double eA = Math.sqrt(k * k + mA2);
        double eB = Math.sqrt(k * k + mB2);
        double ia = eA / k; // 1 / beta_A
        double ib = eB / k;
        double ra = mA2 / ((eA + k) * k) / (ia + 1); // (ia - 1)/(ia + 1) without cancellation
        double rb = mB2 / ((eB + k) * k) / (ib + 1);
        double c;
        double u = rng.nextDouble();
        if (rng.nextDouble() < 0.5) {
            // density ~ 1/(ia - c) on [-1, 1]
            c = ia - (ia + 1) * Math.pow(ra, u);
        } else {
            c = -ib + (ib + 1) * Math.pow(rb, u);
        }
        c = Math.max(-1, Math.min(1, c));
        double phi = 2 * Math.PI * rng.nextDouble();
        Frames.direction(c, phi, 0, 0, 1, dir, 0);
        sysA[0] = k * dir[0];
        sysA[1] = k * dir[1];
        sysA[2] = k * dir[2];
        sysA[3] = eA;
        sysB[0] = -sysA[0];
        sysB[1] = -sysA[1];
        sysB[2] = -sysA[2];
        sysB[3] = eB;
        decay(rng, sysA, mA, ma1, ma2, 4 * a1, 4 * a2, out);
        decay(rng, sysB, mB, mb1, mb2, 4 * b1, 4 * b2, out);
        return true;
    }

    private static double s(double sqrtS) {
        return sqrtS * sqrtS;
    }

    private void decay(RandomStream rng, double[] sys, double m, double m1, double m2, int o1, int o2, double[] out) {
        double q = FourMomenta.breakup(m, m1, m2);
        double c = 2 * rng.nextDouble() - 1;
        double phi = 2 * Math.PI * rng.nextDouble();
        Frames.direction(c, phi, 0, 0, 1, dir, 0);
        for (int i = 0; i < 3; i++) {
            out[o1 + i] = q * dir[i];
            out[o2 + i] = -q * dir[i];
        }
        out[o1 + 3] = Math.sqrt(q * q + m1 * m1);
        out[o2 + 3] = Math.sqrt(q * q + m2 * m2);
        FourMomenta.boost(sys, m, 1, out, o1);
        FourMomenta.boost(sys, m, 1, out, o2);
    }

    @Override
    public double density(double sqrtS, double[] p) {
        FourMomenta.sum(p, 4 * a1, 4 * a2, sysA);
        double mA2 = FourMomenta.mass2(sysA, 0);
        double minA = ma1 + ma2;
        double minB = mb1 + mb2;
        double maxA = sqrtS - minB;
        FourMomenta.sum(p, 4 * b1, 4 * b2, sysB);
        double mB2 = FourMomenta.mass2(sysB, 0);
        double mA = Math.sqrt(Math.max(mA2, minA * minA));
        double mB = Math.sqrt(Math.max(mB2, minB * minB));
        double maxB = sqrtS - mA;
        if (!(maxA > minA) || !(maxB > minB) || mB > maxB) {
            return 0;
        }
        double gB;
        if (softA) {
            // y = s - M_B^2 on [s - maxB^2, s - minB^2], with s - maxB^2 = 2 sqrt(s) M_A - M_A^2 > 0
            double yMin = s(sqrtS) - maxB * maxB;
            double yMax = s(sqrtS) - minB * minB;
            gB = 1 / ((s(sqrtS) - mB2) * Math.log(yMax / yMin));
        } else {
            gB = 1 / (mB2 * 2 * Math.log(maxB / minB));
        }
        double gMass = 1 / (mA2 * 2 * Math.log(maxA / minA)) * gB;
        double k = Math.sqrt(sysA[0] * sysA[0] + sysA[1] * sysA[1] + sysA[2] * sysA[2]);
        double eA = Math.sqrt(k * k + mA * mA);
        double eB = Math.sqrt(k * k + mB * mB);
        double ia = eA / k;
        double ib = eB / k;
        double c = sysA[2] / k;
        double ra = mA * mA / ((eA + k) * k); // ia - 1
        double rb = mB * mB / ((eB + k) * k);
        double gc = 0.5 / ((ra + (1 - c)) * Math.log((ia + 1) / ra)) + 0.5 / ((rb + (1 + c)) * Math.log((ib + 1) / rb));
        double qA = FourMomenta.breakup(mA, ma1, ma2);
        double qB = FourMomenta.breakup(mB, mb1, mb2);
        // dPhi_4 = dM_A^2 dM_B^2 dPhi_2(s; M_A, M_B) dPhi_2(M_A) dPhi_2(M_B), dPhi_2(M) = |q| / (4 M) dOmega
        return gMass * gc / (2 * Math.PI) * 4 * sqrtS / k / (4 * Math.PI) * 4 * mA / qA / (4 * Math.PI) * 4 * mB / qB;
    }
}
