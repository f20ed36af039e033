package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.units.PhysicalConstants;
import java.util.OptionalDouble;

/**
 * Bhabha scattering e+e- -&gt; e+e- at Born level: s- and t-channel photon exchange and their
 * interference, massless matrix element (m_e^2/|t| &lt; 1e-6 inside the cuts), textbook form
 *
 * <pre>
 *   d sigma / d Omega = (alpha^2 / 2s) [ (s^2 + u^2)/t^2 + 2 u^2/(s t) + (u^2 + t^2)/s^2 ],
 *   t = -s (1 - c)/2,  u = -s (1 + c)/2,  c = cos(theta*) of the e- to the e- beam (CM frame).
 * </pre>
 *
 * Generation cuts (reference selection of the Belle II Physics Book cross-section table,
 * arXiv:1808.10567): both e+- inside theta* in [thetaMin, thetaMax] (10-170 degrees by default; at
 * Born level the pair is back to back, so one condition) and E* &gt; 0.15 GeV (always true at Born
 * level). The forward t-channel peak is sampled as 1/(1 - c)^2 (1/t^2) exactly; weights stay within
 * a factor ~4. Tree level ({@code --no-radiation};
 * the radiative generator is {@link BhabhaRadiative}). Electron momenta carry the electron mass (from the particle table).
 */
public final class BhabhaBornGenerator implements EventGenerator {
    private final Beam beam;
    private final double cosMin;
    private final double cosMax;
    private final double eStarMin;
    private final double wMin;
    private final double wMax;
    private final double electronMass;
    private final CollisionFrame frame;
    private final double[] p = new double[8];

    /**
     * @param beam the beams
     * @param thetaMinDeg lower polar-angle cut (CMS, degrees)
     * @param thetaMaxDeg upper polar-angle cut (CMS, degrees)
     * @param eStarMin minimum CM energy of each electron, GeV
     */
    public BhabhaBornGenerator(Beam beam, double thetaMinDeg, double thetaMaxDeg, double eStarMin) {
        if (!(thetaMinDeg > 0 && thetaMinDeg < thetaMaxDeg && thetaMaxDeg < 180)) {
            throw new IllegalArgumentException(
                    "need 0 < thetaMin < thetaMax < 180 degrees, got " + thetaMinDeg + ", " + thetaMaxDeg);
        }
        this.beam = beam;
        this.cosMax = Math.cos(Math.toRadians(thetaMinDeg));
        this.cosMin = Math.cos(Math.toRadians(thetaMaxDeg));
        this.eStarMin = eStarMin;
        this.wMin = 1 / (1 - cosMin);
        this.wMax = 1 / (1 - cosMax);
        this.electronMass = ParticleTable.standard().byId(11).mass();
        this.frame = new CollisionFrame(beam);
    }

    /** d sigma / d cos(theta*) in nb at s. */
    public static double differentialCrossSection(double s, double c) {
        double t = -0.5 * s * (1 - c);
        double u = -0.5 * s * (1 + c);
        double a = PhysicalConstants.ALPHA;
        return 2
                * Math.PI
                * a
                * a
                / (2 * s)
                * ((s * s + u * u) / (t * t) + 2 * u * u / (s * t) + (u * u + t * t) / (s * s))
                * PhysicalConstants.HBARC2_GEV2_NB;
    }

    /** Born cross section in nb at s inside the angular cuts (closed-form integral of the above). */
    public double crossSection(double s) {
        if (0.5 * Math.sqrt(s) <= eStarMin) {
            return 0;
        }
        double a = PhysicalConstants.ALPHA;
        // with x = (1 - c)/2: integrand 2/x^2 - 4/x + 6 - 4x + 2x^2, dc = -2 dx
        double x1 = 0.5 * (1 - cosMax);
        double x2 = 0.5 * (1 - cosMin);
        return 2 * Math.PI * a * a / s * (antiderivative(x2) - antiderivative(x1)) * PhysicalConstants.HBARC2_GEV2_NB;
    }

    private static double antiderivative(double x) {
        return -2 / x - 4 * Math.log(x) + 6 * x - 2 * x * x + 2 * x * x * x / 3;
    }

    @Override
    public OptionalDouble analyticCrossSection() {
        return OptionalDouble.of(crossSection(beam.s()));
    }

    @Override
    public double generate(RandomStream beamRng, RandomStream rng, EventBuffer out) {
        out.clear();
        frame.sample(beamRng);
        Vec3 vertex = frame.vertex();
        frame.addBeams(out);
        double s = frame.s();
        double w1 = wMin + (wMax - wMin) * rng.nextDouble();
        double c = 1 - 1 / w1;
        double phi = 2 * Math.PI * rng.nextDouble();
        if (0.5 * Math.sqrt(s) <= eStarMin || !frame.twoBody(electronMass, electronMass, c, phi, p)) {
            out.setWeight(0);
            return 0;
        }
        int iE = out.add(11, GenParticle.FINAL, p[0], p[1], p[2], p[3]);
        int iP = out.add(-11, GenParticle.FINAL, p[4], p[5], p[6], p[7]);
        for (int i = iE; i <= iP; i++) {
            out.setMothers(i, 0, 1);
            out.setVertex(i, vertex.x(), vertex.y(), vertex.z(), 0);
        }
        // pdf(c) = 1 / ((1 - c)^2 (wMax - wMin))
        double w = differentialCrossSection(s, c) * (1 - c) * (1 - c) * (wMax - wMin);
        out.setWeight(w);
        return w;
    }
}
