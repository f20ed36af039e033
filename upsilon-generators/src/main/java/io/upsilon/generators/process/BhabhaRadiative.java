package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.Boost;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.units.PhysicalConstants;
import io.upsilon.generators.radiation.FinalStateRadiation;
import io.upsilon.generators.radiation.IsrSampler;
import io.upsilon.generators.radiation.VacuumPolarization;

/**
 * Radiative Bhabha scattering e+e- -&gt; e+e- (gamma) in the leading-logarithm structure-function
 * approach, with running alpha in both photon propagators:
 *
 * <pre>
 *   sigma = int dy1 dy2 D(y1, Q^2) D(y2, Q^2) int dcos d sigma_hat(s', t', u')/d cos  [FSR, cuts]
 *   D(y, Q^2) = b y^(b-1) (1 + 3b/4) - (b/2)(2 - y),   b = (alpha/pi)(ln(Q^2/m_e^2) - 1),   Q^2 = s' t'/u'
 *   d sigma_hat/d cos = (pi alpha^2/s')[ (s'^2 + u'^2)/t'^2 |P(t')|^2 + 2 u'^2/(s' t') Re P(s') P(t')* + (u'^2 + t'^2)/s'^2 |P(s')|^2 ]
 * </pre>
 *
 * <ul>
 *   <li>ISR on both incoming legs: each beam loses a fraction y of its energy to one explicit photon
 *       exactly along its direction (the collinear limit in which D is derived), with the electron
 *       structure function D of O(b) with soft exponentiation (normalised, int D dy = 1 + O(b^2)).
 *       The scale: the soft-photon (eikonal) exponent of Bhabha scattering summed over its four
 *       charged legs is (4 alpha/pi)(ln(s t/(u m_e^2)) - 1) [textbook], i.e. b per leg with Q^2 = s'
 *       t'/u' (-&gt; |t'| at small angles, where the t channel dominates), taken at the hard process's
 *       invariants; y is drawn with b at the forward edge of the acceptance and reweighted;
 *   <li>the hard process at s' = s (1 - y1)(1 - y2) in its rest frame (moving along the beam axis):
 *       massless Bhabha with the s- and t-channel photon propagators dressed by vacuum polarisation,
 *       P(q^2) = {@link VacuumPolarization#dressing} (complex, with the narrow resonances, for s';
 *       space-like and real for t');
 *   <li>FSR on both outgoing electrons: {@link FinalStateRadiation} in the pair rest frame with the
 *       same Q^2 in its logarithm (one photon off the e- or the e+; it conserves probability, so no
 *       inclusive factor);
 *   <li>generation cuts after radiation, in the CM frame of the collision: both primary e+- at
 *       [thetaMin, thetaMax] and E* &gt; eStarMin.
 * </ul>
 *
 * The scattering angle is drawn in the rest frame as 1/(1 - cos)^2 (the t-channel pole) over the CM
 * window shifted by the system's rapidity and widened by {@link #FSR_RAPIDITY_MARGIN}, so events whose
 * electrons FSR moves into the acceptance are generated. Approximations [E]: leading logarithms
 * only (no non-logarithmic O(alpha) box and vertex corrections, which the exact NLO calculation of
 * BabaYaga@NLO has: O(0.5-1%) for these cuts), one photon per leg at most, collinear ISR photons, no
 * Z exchange (its interference is O(s/M_Z^2) ~ 1% at large angles only).
 */
public final class BhabhaRadiative implements EventGenerator {
    /** Rapidity margin of the rest-frame angular window for acceptance migration by FSR. */
    static final double FSR_RAPIDITY_MARGIN = 0.05;

    private static final double ALPHA = PhysicalConstants.ALPHA;

    private final CollisionFrame frame;
    private final VacuumPolarization vp;
    private final IsrSampler sampler;
    private final double electronMass;
    private final double electronMass2;
    private final double cosMax;
    private final double rapidityMax;
    private final double eStarMin;
    private final double sHatMin;
    private final double bPdf;
    private final boolean fsr;
    private final double[] sampled = new double[2];
    private final double[] ps = new double[2];
    private final double[] pt = new double[2];
    private final double[] pair = new double[12];

    /**
     * @param beam the beams
     * @param thetaMinDeg polar-angle cut (CMS, degrees): both e+- in [thetaMin, 180 - thetaMin]
     * @param eStarMin minimum CM energy of each electron, GeV (&gt; 0)
     */
    public BhabhaRadiative(Beam beam, double thetaMinDeg, double eStarMin) {
        this(beam, thetaMinDeg, eStarMin, true);
    }

    /** As above; {@code fsr = false} switches final-state radiation off (for tests of the ISR integral). */
    BhabhaRadiative(Beam beam, double thetaMinDeg, double eStarMin, boolean fsr) {
        if (!(thetaMinDeg > 0 && thetaMinDeg < 90)) {
            throw new IllegalArgumentException("need 0 < thetaMin < 90 degrees, got " + thetaMinDeg);
        }
        if (!(eStarMin > 0) || !Double.isFinite(eStarMin)) {
            throw new IllegalArgumentException("eStarMin must be > 0, got " + eStarMin);
        }
        this.frame = new CollisionFrame(beam);
        this.vp = VacuumPolarization.standard();
        this.sampler = IsrSampler.withoutResonances();
        this.electronMass = ParticleTable.standard().byId(11).mass();
        this.electronMass2 = electronMass * electronMass;
        this.cosMax = Math.cos(Math.toRadians(thetaMinDeg));
        this.rapidityMax = 0.5 * Math.log((1 + cosMax) / (1 - cosMax));
        this.eStarMin = eStarMin;
        this.fsr = fsr;
        // Both electrons above eStarMin with an opening angle of at least 2 thetaMin (back to back in azimuth):
        // s' >= 2 E3 E4 (1 - cos 2 thetaMin); a factor 1/2 of margin for FSR.
        double open = Math.cos(2 * Math.toRadians(thetaMinDeg));
        this.sHatMin = eStarMin * eStarMin * (1 - open);
        // y is drawn with b at the typical hard scale, Q^2 = s (1 - cosMax)/(1 + cosMax) (the forward edge, where
        // the t-channel peak puts most events); the weight D(y, b)/pdf(y) ~ y^(b - bPdf) has a finite variance
        // for every event with b > bPdf/2 (Q^2 > ~1e-3 GeV^2: all but rare events with tiny s').
        this.bPdf = legBeta(beam.s() * (1 - cosMax) / (1 + cosMax));
    }

    /** b = (alpha/pi)(ln(Q^2/m_e^2) - 1), the collinear coefficient of one leg. */
    private double legBeta(double q2) {
        return ALPHA / Math.PI * (Math.log(q2 / electronMass2) - 1);
    }

    /** The one-leg electron structure function D(y) of O(b) with soft exponentiation. */
    static double structureFunction(double y, double b) {
        return b * Math.pow(y, b - 1) * (1 + 0.75 * b) - 0.5 * b * (2 - y);
    }

    /**
     * d sigma/d cos(theta) in nb of massless Bhabha scattering at s with running alpha in both
     * propagators (cos theta of the e- to the e- beam in the CM frame).
     */
    public double differentialCrossSection(double s, double c) {
        double t = -0.5 * s * (1 - c);
        double u = -0.5 * s * (1 + c);
        vp.dressing(s, ps);
        vp.dressing(t, pt);
        double s2 = ps[0] * ps[0] + ps[1] * ps[1];
        double t2 = pt[0] * pt[0];
        double st = ps[0] * pt[0]; // P(t) is real
        return Math.PI
                * ALPHA
                * ALPHA
                / s
                * ((s * s + u * u) / (t * t) * t2 + 2 * u * u / (s * t) * st + (u * u + t * t) / (s * s) * s2)
                * PhysicalConstants.HBARC2_GEV2_NB;
    }

    @Override
    public double generate(RandomStream beamRng, RandomStream rng, EventBuffer out) {
        out.clear();
        frame.sample(beamRng);
        frame.addBeams(out);
        double s = frame.s();
        double sqrtS = Math.sqrt(s);
        double yMax = 1 - sHatMin / s;
        if (!(yMax > 0)) {
            out.setWeight(0);
            return 0;
        }
        // ISR: energy fractions of the e- (along +z) and e+ (along -z), densities with b = bPdf.
        sampler.sample(rng, s, bPdf, yMax, sampled);
        double y1 = sampled[0];
        double pdf1 = sampled[1];
        sampler.sample(rng, s, bPdf, yMax, sampled);
        double y2 = sampled[0];
        double pdf2 = sampled[1];
        double k1 = 0.5 * sqrtS * y1;
        double k2 = 0.5 * sqrtS * y2;
        if (k1 < FinalStateRadiation.MIN_PHOTON_ENERGY) {
            k1 = 0;
        }
        if (k2 < FinalStateRadiation.MIN_PHOTON_ENERGY) {
            k2 = 0;
        }
        double eSys = sqrtS - k1 - k2;
        double pzSys = k2 - k1;
        double sHat = (eSys - pzSys) * (eSys + pzSys);
        double c = 0;
        double weight = 0;
        double eta = 0.5 * Math.log((eSys + pzSys) / (eSys - pzSys));
        double yHalf = rapidityMax + FSR_RAPIDITY_MARGIN - Math.abs(eta);
        // e- rest-frame rapidity within [-yHalf, yHalf] (the e+ is opposite): both can reach the CM window
        if (sHat >= sHatMin && yHalf > 0) {
            double cHi = Math.tanh(yHalf);
            double wLo = 1 / (1 + cHi);
            double wHi = 1 / (1 - cHi);
            double w1 = wLo + (wHi - wLo) * rng.nextDouble();
            c = 1 - 1 / w1;
            double q2 = sHat * (1 - c) / (1 + c);
            double b = legBeta(q2);
            // pdf(c) = 1/((1 - c)^2 (wHi - wLo))
            weight = structureFunction(y1, b)
                    / pdf1
                    * structureFunction(y2, b)
                    / pdf2
                    * differentialCrossSection(sHat, c)
                    * (1 - c)
                    * (1 - c)
                    * (wHi - wLo);
        } else {
            rng.nextDouble();
        }
        double sn = Math.sqrt(Math.max(0, (1 - c) * (1 + c)));
        double phi = 2 * Math.PI * rng.nextDouble();
        double nx = sn * Math.cos(phi);
        double ny = sn * Math.sin(phi);
        int emitter = 0;
        if (weight > 0) {
            if (fsr) {
                double q2 = sHat * (1 - c) / (1 + c);
                emitter = FinalStateRadiation.radiate(rng, sHat, electronMass, -1, nx, ny, c, q2, pair);
            } else {
                double p = Math.sqrt(Math.max(0, sHat / 4 - electronMass2));
                double e = 0.5 * Math.sqrt(sHat);
                pair[0] = p * nx;
                pair[1] = p * ny;
                pair[2] = p * c;
                pair[3] = e;
                pair[4] = -pair[0];
                pair[5] = -pair[1];
                pair[6] = -pair[2];
                pair[7] = e;
            }
            // rest frame -> CM: a boost along z with velocity pz/E
            double bz = pzSys / eSys;
            Boost.apply(0, 0, bz, pair, 0);
            Boost.apply(0, 0, bz, pair, 4);
            if (emitter != 0) {
                Boost.apply(0, 0, bz, pair, 8);
            }
            if (!(inside(pair, 0) && inside(pair, 4))) {
                weight = 0;
            }
        }
        if (weight == 0) {
            out.setWeight(0);
            return 0;
        }
        int iE = out.add(11, GenParticle.FINAL, pair[0], pair[1], pair[2], pair[3]);
        int iP = out.add(-11, GenParticle.FINAL, pair[4], pair[5], pair[6], pair[7]);
        int iG1 = k1 > 0 ? out.add(22, GenParticle.FINAL, 0, 0, k1, k1) : -1;
        int iG2 = k2 > 0 ? out.add(22, GenParticle.FINAL, 0, 0, -k2, k2) : -1;
        int iF = emitter != 0 ? out.add(22, GenParticle.FINAL, pair[8], pair[9], pair[10], pair[11]) : -1;
        frame.allToLab(out, iE);
        out.setMothers(iE, 0, 1);
        out.setMothers(iP, 0, 1);
        if (iG1 >= 0) {
            out.setMothers(iG1, 0, 0);
        }
        if (iG2 >= 0) {
            out.setMothers(iG2, 1, 1);
        }
        if (iF >= 0) {
            int m = emitter == 1 ? iE : iP;
            out.setMothers(iF, m, m);
        }
        frame.placeAtVertex(out, iE);
        out.setWeight(weight);
        return weight;
    }

    /** The CM-frame generation cuts on one electron at {@code p[off..]} (canonical axes). */
    private boolean inside(double[] p, int off) {
        double px = p[off];
        double py = p[off + 1];
        double pz = p[off + 2];
        double cos = pz / Math.sqrt(px * px + py * py + pz * pz);
        return p[off + 3] > eStarMin && Math.abs(cos) < cosMax;
    }
}
