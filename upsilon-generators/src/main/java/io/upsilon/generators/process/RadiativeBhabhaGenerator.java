package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.kinematics.Boost;
import io.upsilon.core.kinematics.Frames;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.units.PhysicalConstants;
import io.upsilon.generators.amplitude.EeEeGammaAmplitude;
import io.upsilon.generators.radiation.VacuumPolarization;

/**
 * Radiative Bhabha scattering e+e- -&gt; e+e- gamma at tree level with the exact matrix element of
 * all eight diagrams ({@link EeEeGammaAmplitude}, electron mass kept) inside a {@link
 * RadiativeBhabhaRegion}: sigma = (1 / (2 s beta_e)) integral dPhi_3 (1/4) sum |M|^2 e^6 (weighted
 * events, mean weight = sigma in nb).
 *
 * <p>Phase space: the photon first (energy, direction), then the e+e- pair isotropically or peaked
 * in its rest frame, dPhi_3 = E_k beta* / (512 pi^5) dE_k dOmega_k dOmega*. Each of the three
 * steps samples from a mixture whose terms follow the poles of |M|^2: the photon energy from dE/E
 * (soft photons) or ds'/s' of the pair mass (the s-channel pole of the radiative return to low
 * e+e- masses); its polar angle uniformly or from 1/(1 -+ beta cos theta) (collinear initial-state
 * emission, cut off by the electron mass); the e- direction in the pair rest frame uniformly, or
 * from 1/(a - cos) about the incoming e- (the t-channel pole (p1 - p3)^2, which for a quasi-real
 * exchanged photon is d t / t: the small-angle and Compton-like configurations), about the
 * reversed incoming e+ ((p2 - p4)^2), or about the photon or against it (the collinear final-state
 * poles p3.k, p4.k), each pole at its exact position. The weight divides by the sum of all the
 * densities at the point, so the estimate is unbiased for any mixture.
 *
 * <p>With vacuum polarisation on, each of the four photon propagators is dressed at its own
 * virtuality (time-like s, s'; space-like t) with {@link VacuumPolarization#dressing}. No further
 * radiation and no virtual corrections: this is the O(alpha) real emission, for hard photons.
 */
public final class RadiativeBhabhaGenerator implements EventGenerator {
    private static final double ENERGY_SOFT = 0.6;
    private static final double ANGLE_UNIFORM = 0.4;
    private static final double ANGLE_FORWARD = 0.3;
    private static final double DIRECTION_UNIFORM = 0.2;
    private static final int DIRECTION_POLES = 4;
    private static final double DIRECTION_POLE = (1 - DIRECTION_UNIFORM) / DIRECTION_POLES;

    /** The final state e-, e+, gamma in the order of the amplitude's momenta. */
    private static final int[] FINAL_STATE = {11, -11, 22};

    private final RadiativeBhabhaRegion region;
    private final CollisionFrame frame;
    private final EeEeGammaAmplitude amplitude;
    private final double mass;
    private final VacuumPolarization vp; // null: bare propagators
    private final double[] p = new double[20];
    private final double[] dressing = {1, 0, 1, 0, 1, 0, 1, 0};
    private final double[] one = new double[2];
    // pair rest frame: the pole axes (x, y, z) and a - 1 of each pole
    private final double[] axes = new double[3 * DIRECTION_POLES];
    private final double[] aMinusOne = new double[DIRECTION_POLES];
    private final double[] scratch = new double[4];
    private final double[] dir = new double[3];

    /**
     * @param beam the beams
     * @param region the generation region
     * @param vacuumPolarization whether each photon propagator is dressed with the vacuum polarisation
     */
    public RadiativeBhabhaGenerator(Beam beam, RadiativeBhabhaRegion region, boolean vacuumPolarization) {
        if (beam == null || region == null) {
            throw new IllegalArgumentException("beam and region must not be null");
        }
        this.region = region;
        this.frame = new CollisionFrame(beam);
        this.mass = ParticleTable.standard().byId(11).mass();
        this.amplitude = new EeEeGammaAmplitude(mass);
        this.vp = vacuumPolarization ? VacuumPolarization.standard() : null;
    }

    /** The generation region. */
    public RadiativeBhabhaRegion region() {
        return region;
    }

    @Override
    public double generate(RandomStream beamRng, RandomStream rng, EventBuffer out) {
        out.clear();
        frame.sample(beamRng);
        frame.addBeams(out);
        double w = generateInCm(frame.s(), rng);
        frame.addFinalState(out, FINAL_STATE, p, 8);
        out.setWeight(w);
        return w;
    }

    /**
     * Draws one point at this s into the canonical CM frame (e- beam along +z; layout of {@link
     * EeEeGammaAmplitude}) and returns its weight in nb (0 outside the region). Always draws nine
     * numbers, so that the stream position does not depend on early exits.
     */
    double generateInCm(double s, RandomStream rng) {
        double uE = rng.nextDouble();
        double rE = rng.nextDouble();
        double uA = rng.nextDouble();
        double rA = rng.nextDouble();
        double rPhi = rng.nextDouble();
        double uD = rng.nextDouble();
        double rD = rng.nextDouble();
        double rDphi = rng.nextDouble();
        double rDcos = rng.nextDouble();
        double rs = Math.sqrt(s);
        double m = mass;
        double m2 = m * m;
        double k0 = region.energyMin();
        double eMax = (s - 4 * m2) / (2 * rs);
        if (!(eMax > k0)) {
            return 0;
        }
        double logE = Math.log(eMax / k0);
        double logSp = Math.log((s - 2 * rs * k0) / (4 * m2));
        double e = uE < ENERGY_SOFT ? k0 * Math.exp(logE * rE) : (s - 4 * m2 * Math.exp(logSp * rE)) / (2 * rs);
        double beta = Math.sqrt((1 - 4 * m2 / s));
        double oneMinusBeta = 4 * m2 / s / (1 + beta);
        double cMax = region.photonCosMax();
        double poleLo = (1 - cMax) + cMax * oneMinusBeta; // 1 - beta cMax
        double poleHi = 1 + beta * cMax;
        double c;
        if (uA < ANGLE_UNIFORM) {
            c = cMax * (2 * rA - 1);
        } else {
            double x = poleLo * Math.pow(poleHi / poleLo, rA); // x = 1 - beta c (forward) or 1 + beta c
            c = (1 - x) / beta;
            if (uA >= ANGLE_UNIFORM + ANGLE_FORWARD) {
                c = -c;
            }
            c = Math.max(-cMax, Math.min(cMax, c));
        }
        double mq2 = s - 2 * rs * e;
        if (!(mq2 > 4 * m2) || !(e > 0)) {
            return 0;
        }
        setBeams(rs);
        double sn = Math.sqrt(Math.max(0, (1 - c) * (1 + c)));
        double phi = 2 * Math.PI * rPhi;
        p[16] = e * sn * Math.cos(phi);
        p[17] = e * sn * Math.sin(phi);
        p[18] = e * c;
        p[19] = e;
        double eq = rs - e;
        double bx = p[16] / eq;
        double by = p[17] / eq;
        double bz = p[18] / eq;
        double half = 0.5 * Math.sqrt(mq2);
        double pStar = Math.sqrt(Math.max(0, (half - m) * (half + m)));
        setPoles(bx, by, bz, half, pStar);
        // the e- direction in the pair rest frame
        if (uD < DIRECTION_UNIFORM) {
            Frames.direction(2 * rDcos - 1, 2 * Math.PI * rDphi, 0, 0, 1, dir, 0);
        } else {
            int i = Math.min(DIRECTION_POLES - 1, (int) ((uD - DIRECTION_UNIFORM) / DIRECTION_POLE));
            double am1 = aMinusOne[i];
            double a = 1 + am1;
            double cd = a - (a + 1) * Math.pow(am1 / (2 + am1), rD);
            cd = Math.max(-1, Math.min(1, cd));
            Frames.direction(cd, 2 * Math.PI * rDphi, axes[3 * i], axes[3 * i + 1], axes[3 * i + 2], dir, 0);
        }
        for (int j = 0; j < 3; j++) {
            p[8 + j] = pStar * dir[j];
            p[12 + j] = -pStar * dir[j];
        }
        p[11] = half;
        p[15] = half;
        double directionDensity = directionDensity();
        Boost.apply(-bx, -by, -bz, p, 8);
        Boost.apply(-bx, -by, -bz, p, 12);
        if (!region.acceptsCm(p)) {
            return 0;
        }
        double gE = ENERGY_SOFT / (e * logE) + (1 - ENERGY_SOFT) * 2 * rs / (mq2 * logSp);
        double poleNorm = Math.log(poleHi / poleLo) / beta;
        double gC = ANGLE_UNIFORM / (2 * cMax)
                + ANGLE_FORWARD / ((1 - beta * c) * poleNorm)
                + (1 - ANGLE_UNIFORM - ANGLE_FORWARD) / ((1 + beta * c) * poleNorm);
        double betaStar = pStar / half;
        double density = gE * gC / (2 * Math.PI) * directionDensity * 512 * Math.pow(Math.PI, 5) / (e * betaStar);
        if (vp != null) {
            dress(EeEeGammaAmplitude.S_PRIME, mq2);
            dress(EeEeGammaAmplitude.S, s);
            dress(EeEeGammaAmplitude.T_POSITRON, invariantDifference(4, 12));
            dress(EeEeGammaAmplitude.T_ELECTRON, invariantDifference(0, 8));
        }
        double me = amplitude.summedSquared(p, dressing);
        double e2 = 4 * Math.PI * PhysicalConstants.ALPHA;
        double flux = 1 / (2 * s * beta);
        return flux * e2 * e2 * e2 * 0.25 * me / density * PhysicalConstants.HBARC2_GEV2_NB;
    }

    /**
     * The cross section (nb) and its Monte Carlo standard error from {@code points} weighted
     * points at this s (CM frame, fixed beams).
     */
    public double[] integrate(double s, RandomStream rng, long points) {
        double sw = 0;
        double sw2 = 0;
        for (long i = 0; i < points; i++) {
            double w = generateInCm(s, rng);
            sw += w;
            sw2 += w * w;
        }
        double mean = sw / points;
        return new double[] {mean, Math.sqrt(Math.max(0, sw2 / points - mean * mean) / (points - 1))};
    }

    /** The canonical-CM momenta of the last {@link #generateInCm} (a live view, for tests). */
    double[] lastMomenta() {
        return p;
    }

    private void dress(int index, double q2) {
        vp.dressing(q2, one);
        dressing[2 * index] = one[0];
        dressing[2 * index + 1] = one[1];
    }

    private void setBeams(double rs) {
        double eb = 0.5 * rs;
        double pz = Math.sqrt(Math.max(0, (eb - mass) * (eb + mass)));
        java.util.Arrays.fill(p, 0, 8, 0);
        p[2] = pz;
        p[3] = eb;
        p[6] = -pz;
        p[7] = eb;
    }

    /**
     * The axes of the four direction poles in the pair rest frame (the pair moves with velocity
     * -(bx, by, bz) in the CM frame) and their a - 1: the e- along the incoming e- (t13), against
     * the incoming e+ (t24: the e+ along it), along the photon (p3.k) and against it (p4.k).
     */
    private void setPoles(double bx, double by, double bz, double half, double pStar) {
        double m2 = mass * mass;
        for (int beam = 0; beam < 2; beam++) {
            System.arraycopy(p, 4 * beam, scratch, 0, 4);
            Boost.apply(bx, by, bz, scratch, 0);
            double a = Math.sqrt(scratch[0] * scratch[0] + scratch[1] * scratch[1] + scratch[2] * scratch[2]);
            double eb = Math.sqrt(a * a + m2);
            double sign = beam == 0 ? 1 : -1;
            for (int j = 0; j < 3; j++) {
                axes[3 * beam + j] = sign * scratch[j] / a;
            }
            // t = 2 m^2 - 2 (E E' - |p||p'| cos): pole a = (E E' - m^2)/(|p||p'|), a - 1 without cancellation
            double eeMinusPp = m2 * (eb * eb + half * half - m2) / (eb * half + a * pStar);
            aMinusOne[beam] = Math.max((eeMinusPp - m2) / (a * pStar), Double.MIN_NORMAL);
        }
        System.arraycopy(p, 16, scratch, 0, 4);
        Boost.apply(bx, by, bz, scratch, 0);
        double k = Math.sqrt(scratch[0] * scratch[0] + scratch[1] * scratch[1] + scratch[2] * scratch[2]);
        for (int j = 0; j < 3; j++) {
            axes[6 + j] = scratch[j] / k;
            axes[9 + j] = -scratch[j] / k;
        }
        // p.k = E' k' (1 - beta' cos): pole a = 1/beta', a - 1 = m^2 / ((E' + p') p')
        double fsr = Math.max(m2 / ((half + pStar) * pStar), Double.MIN_NORMAL);
        aMinusOne[2] = fsr;
        aMinusOne[3] = fsr;
    }

    /** Density per unit solid angle of the e- direction {@code dir} in the pair rest frame. */
    private double directionDensity() {
        double g = DIRECTION_UNIFORM / (4 * Math.PI);
        for (int i = 0; i < DIRECTION_POLES; i++) {
            double cd = dir[0] * axes[3 * i] + dir[1] * axes[3 * i + 1] + dir[2] * axes[3 * i + 2];
            double am1 = aMinusOne[i];
            double oneMinusC = Math.max(0, 1 - cd);
            g += DIRECTION_POLE / (2 * Math.PI) / ((am1 + oneMinusC) * Math.log((2 + am1) / am1));
        }
        return g;
    }

    private double invariantDifference(int a, int b) {
        double e = p[a + 3] - p[b + 3];
        double x = p[a] - p[b];
        double y = p[a + 1] - p[b + 1];
        double z = p[a + 2] - p[b + 2];
        return e * e - x * x - y * y - z * z;
    }
}
