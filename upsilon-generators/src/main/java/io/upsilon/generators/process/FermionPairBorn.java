package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.units.PhysicalConstants;
import java.util.OptionalDouble;

/**
 * e+e- -&gt; f fbar at Born level through a single photon (no Z: at 10.58 GeV its interference is a
 * sub-percent forward-backward effect, left for the radiative generator). Massive fermions:
 *
 * <pre>
 *   d sigma / d cos(theta*) = N_c Q_f^2 (pi alpha^2 / 2s) beta [1 + cos^2 theta* + (1 - beta^2) sin^2 theta*]
 *   sigma = N_c Q_f^2 (4 pi alpha^2 / 3s) beta (3 - beta^2)/2,   beta = sqrt(1 - 4 m_f^2/s)
 * </pre>
 *
 * (textbook QED Born cross section). theta* is the angle between the fermion and the e- beam in the CM
 * frame of each collision. Each event: beam energies smeared, cos(theta*) drawn from 1 + cos^2
 * by inverting its cumulative (a cubic with one real root) and weighted by the exact
 * differential cross section over that density, so weights are within a few 1e-3 of each other
 * (for muons) and their mean estimates sigma; the pair is built in the CM frame about the e-
 * direction and boosted to the lab with the collision's own boost (crossing angle included).
 */
public final class FermionPairBorn implements EventGenerator {
    private final Beam beam;
    private final CollisionFrame frame;
    private final int pdgId;
    private final double mass;
    private final double colourCharge2;

    /**
     * @param beam the beams
     * @param pdgId PDG id of the fermion f (the antifermion gets -pdgId)
     * @param mass fermion mass in GeV
     * @param colours number of colours N_c (1 for leptons)
     * @param charge electric charge Q_f in units of e
     */
    public FermionPairBorn(Beam beam, int pdgId, double mass, int colours, double charge) {
        if (!(mass >= 0) || colours < 1) {
            throw new IllegalArgumentException("need mass >= 0 and colours >= 1, got " + mass + ", " + colours);
        }
        this.beam = beam;
        this.frame = new CollisionFrame(beam);
        this.pdgId = pdgId;
        this.mass = mass;
        this.colourCharge2 = colours * charge * charge;
    }

    /** Born cross section in nb at centre-of-mass energy squared {@code s}. */
    public double crossSection(double s) {
        double b2 = 1.0 - 4.0 * mass * mass / s;
        if (s <= 0 || b2 <= 0) {
            return 0;
        }
        double b = Math.sqrt(b2);
        double alpha = PhysicalConstants.ALPHA;
        return colourCharge2
                * 4.0
                * Math.PI
                * alpha
                * alpha
                / (3.0 * s)
                * b
                * (3.0 - b2)
                / 2.0
                * PhysicalConstants.HBARC2_GEV2_NB;
    }

    @Override
    public OptionalDouble analyticCrossSection() {
        return OptionalDouble.of(crossSection(beam.s()));
    }

    /**
     * The Born d sigma/d cos(theta*) at {@code s}, in nb, divided by the sampling density
     * (3/8)(1 + cos^2) of {@link #sampleOnePlusCos2}: the weight of an event with this angle (0
     * below threshold).
     */
    public double differentialOverSamplingDensity(double s, double cosTheta) {
        double beta2 = 1.0 - 4.0 * mass * mass / s;
        if (s <= 0 || beta2 <= 0) {
            return 0;
        }
        double c2 = cosTheta * cosTheta;
        double alpha = PhysicalConstants.ALPHA;
        double dSigma = colourCharge2
                * Math.PI
                * alpha
                * alpha
                / (2.0 * s)
                * Math.sqrt(beta2)
                * (1.0 + c2 + (1.0 - beta2) * (1.0 - c2));
        return dSigma / (0.375 * (1.0 + c2)) * PhysicalConstants.HBARC2_GEV2_NB;
    }

    /** cos(theta) distributed as (3/8)(1 + cos^2 theta): root of c^3 + 3c = 8u - 4, via c = r - 1/r. */
    public static double sampleOnePlusCos2(double u) {
        double a = 4.0 * u - 2.0;
        double r = Math.cbrt(a + Math.sqrt(a * a + 1.0));
        return r - 1.0 / r;
    }

    @Override
    public double generate(RandomStream beamRng, RandomStream rng, EventBuffer out) {
        out.clear();
        frame.sample(beamRng);
        frame.addBeams(out);
        double s = frame.s();
        double beta2 = 1.0 - 4.0 * mass * mass / s;
        if (beta2 <= 0) {
            out.setWeight(0);
            return 0;
        }
        // The pair in the canonical CM frame (e- along +z), then to the lab.
        double c = sampleOnePlusCos2(rng.nextDouble());
        double sn = Math.sqrt(Math.max(0.0, (1.0 - c) * (1.0 + c)));
        double phi = 2.0 * Math.PI * rng.nextDouble();
        double pStar = 0.5 * Math.sqrt(s * beta2);
        double eStar = 0.5 * Math.sqrt(s);
        double nx = sn * Math.cos(phi);
        double ny = sn * Math.sin(phi);
        int iF = out.add(pdgId, GenParticle.FINAL, pStar * nx, pStar * ny, pStar * c, eStar);
        out.add(-pdgId, GenParticle.FINAL, -pStar * nx, -pStar * ny, -pStar * c, eStar);
        frame.allToLab(out, iF);
        for (int i = iF; i < out.size(); i++) {
            out.setMothers(i, 0, 1);
        }
        frame.placeAtVertex(out, iF);
        double w = differentialOverSamplingDensity(s, c);
        out.setWeight(w);
        return w;
    }
}
