package io.upsilon.sim.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.pdg.SignalParticleIds;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.units.PhysicalConstants;
import java.util.OptionalDouble;

/**
 * e+e- -&gt; gamma A' with an invisible dark photon A' (kinetic mixing epsilon), tree level
 * (radiation not yet modelled), massless electrons (PHYSICS.md 4.2 [D]):
 *
 * <pre>
 *   d sigma / d cos(theta*) = (2 pi alpha^2 epsilon^2 / s) (1 - r) [ (1 + c^2) + 4 r / (1 - r)^2 ] / (1 - c^2),   r = m^2/s
 * </pre>
 *
 * with theta* the photon's angle to the e- beam in the CM frame. The forward peak 1/(1 - c^2) is
 * sampled exactly (c = tanh u, u uniform), so the weight varies only through the bracket. The
 * collinear region diverges: events are generated inside |cos theta*| &lt; {@code cosThetaMax}
 * (the process default 0.95, about 18-162 degrees, which covers the ECL acceptance in the CM
 * frame except the very forward endcap edge). The A' (PDG id {@link #PDG_ID}) is a stable,
 * invisible final-state particle.
 */
public final class DarkPhotonGenerator implements EventGenerator {
    /** PDG id written for the A': 9000022 (no PDG code exists; chosen here, "dark photon"). */
    public static final int PDG_ID = SignalParticleIds.DARK_PHOTON;

    private final Beam beam;
    private final double mass;
    private final double epsilon;
    private final double cosThetaMax;
    private final double rapidityMax; // atanh(cosThetaMax)
    private final CollisionFrame frame;
    private final double[] p = new double[8];

    /**
     * @param beam the beams
     * @param mass A' mass in GeV (&gt;= 0, below sqrt(s))
     * @param epsilon kinetic mixing
     * @param cosThetaMax generation cut on |cos theta*| of the photon, in (0, 1)
     */
    public DarkPhotonGenerator(Beam beam, double mass, double epsilon, double cosThetaMax) {
        if (!(mass >= 0) || !(mass < beam.sqrtS())) {
            throw new IllegalArgumentException("A' mass must be in [0, sqrt(s)), got " + mass);
        }
        if (!(cosThetaMax > 0 && cosThetaMax < 1)) {
            throw new IllegalArgumentException("cosThetaMax must be in (0, 1), got " + cosThetaMax);
        }
        this.beam = beam;
        this.mass = mass;
        this.epsilon = epsilon;
        this.cosThetaMax = cosThetaMax;
        this.rapidityMax = atanh(cosThetaMax);
        this.frame = new CollisionFrame(beam);
    }

    private static double atanh(double x) {
        return 0.5 * Math.log((1 + x) / (1 - x));
    }

    /** d sigma / d cos(theta*) in nb at s for photon polar-angle cosine c. */
    public double differentialCrossSection(double s, double c) {
        double r = mass * mass / s;
        if (r >= 1) {
            return 0;
        }
        double a = PhysicalConstants.ALPHA;
        return 2
                * Math.PI
                * a
                * a
                * epsilon
                * epsilon
                / s
                * (1 - r)
                * ((1 + c * c) + 4 * r / ((1 - r) * (1 - r)))
                / ((1 - c) * (1 + c))
                * PhysicalConstants.HBARC2_GEV2_NB;
    }

    /** sigma(|cos theta*| &lt; cmax) in nb at s, closed form of the integral of {@link #differentialCrossSection}. */
    public double crossSection(double s, double cmax) {
        double r = mass * mass / s;
        if (r >= 1) {
            return 0;
        }
        double a = PhysicalConstants.ALPHA;
        double y = atanh(cmax);
        // integral of (1 + c^2)/(1 - c^2) = -2 cmax + 4 atanh(cmax); of 1/(1 - c^2) = 2 atanh(cmax)
        return 2
                * Math.PI
                * a
                * a
                * epsilon
                * epsilon
                / s
                * (1 - r)
                * (-2 * cmax + 4 * y + 4 * r / ((1 - r) * (1 - r)) * 2 * y)
                * PhysicalConstants.HBARC2_GEV2_NB;
    }

    @Override
    public OptionalDouble analyticCrossSection() {
        return OptionalDouble.of(crossSection(beam.s(), cosThetaMax));
    }

    @Override
    public double generate(RandomStream beamRng, RandomStream rng, EventBuffer out) {
        out.clear();
        frame.sample(beamRng);
        Vec3 vertex = frame.vertex();
        frame.addBeams(out);
        double c = Math.tanh(rapidityMax * (2 * rng.nextDouble() - 1));
        double phi = 2 * Math.PI * rng.nextDouble();
        if (!frame.twoBody(0, mass, c, phi, p)) {
            out.setWeight(0);
            return 0;
        }
        int iGamma = out.add(22, GenParticle.FINAL, p[0], p[1], p[2], p[3]);
        int iA = out.add(PDG_ID, GenParticle.FINAL, p[4], p[5], p[6], p[7]);
        for (int i = iGamma; i <= iA; i++) {
            out.setMothers(i, 0, 1);
            out.setVertex(i, vertex.x(), vertex.y(), vertex.z(), 0);
        }
        // weight = (d sigma / d c) / pdf(c), pdf = 1 / (2 atanh(cmax) (1 - c^2))
        double w = differentialCrossSection(frame.s(), c) * (1 - c) * (1 + c) * 2 * rapidityMax;
        out.setWeight(w);
        return w;
    }
}
