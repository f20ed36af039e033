package io.upsilon.generators.radiation;

import io.upsilon.core.random.RandomStream;

/**
 * Multi-channel importance sampling of the ISR energy fraction x for a final state with
 * threshold s' &gt; s_min: a soft channel x^(beta-1) for the exponentiated soft-photon peak, a
 * radiative-return channel 1/(1 - x + delta) that follows the 1/s' growth of the hard cross section
 * towards threshold, and one Breit-Wigner channel in s' = s(1 - x) per narrow vector resonance
 * between threshold and sqrt(s) (radiative return to J/psi, Upsilon(1S), ...). The density of the
 * mixture at the drawn x is returned with it, so weights F(x) sigma(s')/pdf(x) stay bounded.
 * Not thread-safe (reuses buffers); one per generator.
 */
public final class IsrSampler {
    private static final double SOFT = 0.70;
    private static final double RETURN = 0.22;
    private static final double RESONANCES = 0.08;
    /** Resonances narrower than this (Gamma/M) get their own channel; broad ones are smooth enough. */
    private static final double NARROW = 0.02;

    private final double[] resM2;
    private final double[] resMG;
    private final double[] thetaLo;
    private final double[] thetaHi;
    private final int n;
    private final double channelLo;
    private final double channelHi;

    /**
     * Channels for the narrow resonances of {@code vp} with masses in (sqrt(sMin), sqrt(0.99
     * sNominal)): the Breit-Wigner channels cover s' in [sMin, 0.99 sNominal], inside [sMin, s) for
     * every event (the beam-energy spread moves s by ~1e-3), so their bounds are computed once.
     */
    public IsrSampler(VacuumPolarization vp, double sMin, double sNominal) {
        this(narrowResonances(vp, sMin, 0.99 * sNominal), sMin, 0.99 * sNominal);
    }

    /** A sampler with only the soft and radiative-return channels (final states without resonances). */
    public static IsrSampler withoutResonances() {
        return new IsrSampler(new double[0][], 0, 0);
    }

    private IsrSampler(double[][] resonances, double sMin, double sTop) {
        this.n = resonances.length;
        this.channelLo = sMin;
        this.channelHi = sTop;
        this.resM2 = new double[n];
        this.resMG = new double[n];
        this.thetaLo = new double[n];
        this.thetaHi = new double[n];
        for (int i = 0; i < n; i++) {
            resM2[i] = resonances[i][0];
            resMG[i] = resonances[i][1];
            thetaLo[i] = Math.atan((sMin - resM2[i]) / resMG[i]);
            thetaHi[i] = Math.atan((sTop - resM2[i]) / resMG[i]);
        }
    }

    /** (M^2, M Gamma) of the narrow resonances of {@code vp} with M^2 in (sMin, sTop). */
    private static double[][] narrowResonances(VacuumPolarization vp, double sMin, double sTop) {
        java.util.List<double[]> out = new java.util.ArrayList<>();
        for (int i = 0; i < vp.resonanceCount(); i++) {
            double gammaOverM = vp.resonanceMassWidth(i) / vp.resonanceMass2(i);
            if (gammaOverM < NARROW && vp.resonanceMass2(i) > sMin && vp.resonanceMass2(i) < sTop) {
                out.add(new double[] {vp.resonanceMass2(i), vp.resonanceMassWidth(i)});
            }
        }
        return out.toArray(new double[0][]);
    }

    /**
     * Draws x in (0, xMax] and writes it to {@code out[0]}, the mixture density at it to {@code
     * out[1]}.
     *
     * @param s this event's s
     * @param beta the ISR beta at s
     * @param xMax 1 - s_min/s
     */
    public void sample(RandomStream rng, double s, double beta, double xMax, double[] out) {
        double delta = 1 - xMax; // s_min/s: regulates the return channel at threshold
        double lReturn = Math.log((1 + delta) / (1 - xMax + delta));
        double pRes = n == 0 ? 0 : RESONANCES;
        double pSoft = SOFT / (1 - RESONANCES) * (1 - pRes);
        double pReturn = 1 - pSoft - pRes;

        double x;
        double u = rng.nextDouble();
        if (u < pSoft) {
            x = xMax * Math.pow(rng.nextOpenDouble(), 1 / beta);
        } else if (u < pSoft + pReturn) {
            x = 1 + delta - (1 + delta) * Math.exp(-rng.nextDouble() * lReturn);
        } else {
            int i = Math.min(n - 1, (int) (rng.nextDouble() * n));
            double theta = thetaLo[i] + rng.nextDouble() * (thetaHi[i] - thetaLo[i]);
            double sPrime = resM2[i] + resMG[i] * Math.tan(theta);
            x = 1 - sPrime / s;
        }
        x = Math.min(Math.max(x, Double.MIN_NORMAL), xMax);
        double density =
                pSoft * beta * Math.pow(x, beta - 1) / Math.pow(xMax, beta) + pReturn / ((1 - x + delta) * lReturn);
        if (n > 0) {
            double sPrime = s * (1 - x);
            double resDensity = 0;
            for (int i = 0; i < n; i++) {
                double d = sPrime - resM2[i];
                if (sPrime >= channelLo && sPrime <= channelHi) {
                    // density in s' of the Breit-Wigner channel, times ds'/dx = s
                    resDensity += resMG[i] / (d * d + resMG[i] * resMG[i]) / (thetaHi[i] - thetaLo[i]) * s;
                }
            }
            density += pRes / n * resDensity;
        }
        out[0] = x;
        out[1] = density;
    }
}
