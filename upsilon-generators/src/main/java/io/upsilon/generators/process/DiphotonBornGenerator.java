package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.units.PhysicalConstants;
import java.util.OptionalDouble;

/**
 * e+e- -&gt; gamma gamma at Born level (t- and u-channel electron exchange), massless electrons:
 *
 * <pre>
 *   d sigma / d cos(theta*) = (2 pi alpha^2 / s) (1 + c^2) / (1 - c^2)   (either photon at c),
 *   sigma = (1/2) integral over the cut range (identical photons)
 *         = (pi alpha^2 / s) [ 4 atanh(cmax) - 2 cmax ]  for |c| &lt; cmax.
 * </pre>
 *
 * Generation cuts (reference selection of the Belle II Physics Book cross-section table,
 * arXiv:1808.10567): both photons inside theta* in [thetaMin, 180 - thetaMin] (10-170 degrees by
 * default; back to back at Born level, so one symmetric condition) and E* &gt; 0.15 GeV (always
 * true at Born level). The 1/(1 - c^2) peak is sampled exactly (c = tanh u). Tree level; radiation
 * not yet modelled.
 */
public final class DiphotonBornGenerator implements EventGenerator {
    private final Beam beam;
    private final double cosMax;
    private final double rapidityMax;
    private final double eStarMin;
    private final CollisionFrame frame;
    private final double[] p = new double[8];

    /**
     * @param beam the beams
     * @param thetaMinDeg polar-angle cut: both photons in [thetaMin, 180 - thetaMin] degrees (CMS)
     * @param eStarMin minimum CM energy of each photon, GeV
     */
    public DiphotonBornGenerator(Beam beam, double thetaMinDeg, double eStarMin) {
        if (!(thetaMinDeg > 0 && thetaMinDeg < 90)) {
            throw new IllegalArgumentException("need 0 < thetaMin < 90 degrees, got " + thetaMinDeg);
        }
        this.beam = beam;
        this.cosMax = Math.cos(Math.toRadians(thetaMinDeg));
        this.rapidityMax = 0.5 * Math.log((1 + cosMax) / (1 - cosMax));
        this.eStarMin = eStarMin;
        this.frame = new CollisionFrame(beam);
    }

    /** d sigma / d cos(theta*) in nb at s, for one photon at c (non-identical normalisation). */
    public static double differentialCrossSection(double s, double c) {
        double a = PhysicalConstants.ALPHA;
        return 2 * Math.PI * a * a / s * (1 + c * c) / ((1 - c) * (1 + c)) * PhysicalConstants.HBARC2_GEV2_NB;
    }

    /** Born cross section in nb at s inside the cuts. */
    public double crossSection(double s) {
        if (0.5 * Math.sqrt(s) <= eStarMin) {
            return 0;
        }
        double a = PhysicalConstants.ALPHA;
        return Math.PI * a * a / s * (4 * rapidityMax - 2 * cosMax) * PhysicalConstants.HBARC2_GEV2_NB;
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
        double c = Math.tanh(rapidityMax * (2 * rng.nextDouble() - 1));
        double phi = 2 * Math.PI * rng.nextDouble();
        if (0.5 * Math.sqrt(s) <= eStarMin || !frame.twoBody(0, 0, c, phi, p)) {
            out.setWeight(0);
            return 0;
        }
        int i1 = out.add(22, GenParticle.FINAL, p[0], p[1], p[2], p[3]);
        int i2 = out.add(22, GenParticle.FINAL, p[4], p[5], p[6], p[7]);
        for (int i = i1; i <= i2; i++) {
            out.setMothers(i, 0, 1);
            out.setVertex(i, vertex.x(), vertex.y(), vertex.z(), 0);
        }
        // weight = (1/2)(d sigma/dc) / pdf(c), pdf = 1 / (2 atanh(cmax)(1 - c^2)); 1/2 for identical photons
        double w = 0.5 * differentialCrossSection(s, c) * (1 - c) * (1 + c) * 2 * rapidityMax;
        out.setWeight(w);
        return w;
    }
}
