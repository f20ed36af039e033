package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.pdg.SignalParticleIds;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.units.PhysicalConstants;
import io.upsilon.generators.radiation.IsrEmission;
import io.upsilon.generators.radiation.IsrSampler;
import java.util.OptionalDouble;

/**
 * e+e- -&gt; gamma A' with an invisible dark photon A' (kinetic mixing epsilon), massless electrons
 * ([D], derived from |M|^2 of e+e- -&gt; gamma V for a massive vector with coupling epsilon e; for
 * m -&gt; 0 the e+e- -&gt; gamma gamma result):
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
 * invisible final-state particle. The tagged photon must also have a CM energy above {@code
 * eMin} (default 0.5 GeV): at tree level it is monochromatic, (s - m^2)/(2 sqrt(s)) &gt; 0.56 GeV
 * for every allowed mass, so the cut only acts once ISR lowers the hard process's energy, where it
 * regulates the soft-photon end of d sigma/d E_gamma.
 *
 * <p>With radiation ({@link GeneratorOptions#DEFAULT}): initial-state radiation by the Kuraev-Fadin
 * structure function with one explicit photon ({@link IsrEmission}) exactly along its beam (the
 * collinear limit of the structure function: the hard photon's 1/(1 - cos^2) singularity then stays
 * along the beams); the gamma A' system at s' = s(1 - x) moves along the beam axis with rapidity
 * eta. The tagged photon is drawn in that system's rest frame flat in rapidity over the CM window
 * widened by |eta| (a longitudinal boost shifts a photon's rapidity by eta), the weight is F(x)/pdf(x)
 * times d sigma_hat(s', theta')/d cos theta' over the sampling density, and the cuts (|cos theta*|
 * &lt; cosThetaMax, E* &gt; eMin) are applied in the collision's CM frame after the boost. No
 * vacuum polarisation: the process has no s-channel photon (the emitted photon is real, the A'
 * couples at q^2 = m^2). Approximations: one collinear ISR photon carries all the radiated energy;
 * no FSR (neutral final state).
 */
public final class DarkPhotonGenerator implements EventGenerator {
    /** PDG id written for the A': 9000022 (no PDG code exists; chosen here, "dark photon"). */
    public static final int PDG_ID = SignalParticleIds.DARK_PHOTON;

    private final Beam beam;
    private final double mass;
    private final double epsilon;
    private final double cosThetaMax;
    private final double rapidityMax; // atanh(cosThetaMax)
    private final double eMin;
    private final CollisionFrame frame;
    private final IsrEmission isr; // null at tree level
    private final double sMinRadiative;
    private final double[] p = new double[8];
    private final double[] photon = new double[4];
    private final double[] v = new double[3];

    /** Default minimum CM energy of the tagged photon, GeV. */
    public static final double DEFAULT_E_MIN = 0.5;

    /**
     * Tree-level generator with the default photon energy cut.
     *
     * @param beam the beams
     * @param mass A' mass in GeV (&gt;= 0, below sqrt(s))
     * @param epsilon kinetic mixing
     * @param cosThetaMax generation cut on |cos theta*| of the photon, in (0, 1)
     */
    public DarkPhotonGenerator(Beam beam, double mass, double epsilon, double cosThetaMax) {
        this(beam, mass, epsilon, cosThetaMax, DEFAULT_E_MIN, GeneratorOptions.BORN);
    }

    /**
     * @param beam the beams
     * @param mass A' mass in GeV (&gt;= 0, below sqrt(s))
     * @param epsilon kinetic mixing
     * @param cosThetaMax generation cut on |cos theta*| of the photon, in (0, 1)
     * @param eMin generation cut on the photon's CM energy, GeV (&gt; 0)
     * @param options radiation on: ISR; off: tree level
     */
    public DarkPhotonGenerator(
            Beam beam, double mass, double epsilon, double cosThetaMax, double eMin, GeneratorOptions options) {
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
        if (!(eMin > 0) || !Double.isFinite(eMin)) {
            throw new IllegalArgumentException("eMin must be > 0, got " + eMin);
        }
        this.rapidityMax = atanh(cosThetaMax);
        this.eMin = eMin;
        this.frame = new CollisionFrame(beam);
        this.isr = options.radiation() ? new IsrEmission(IsrSampler.withoutResonances(), true) : null;
        // Lower end of s' (collinear ISR): the photon's CM energy is at most (s' - m^2)/(sqrt(s)(1 - cmax)),
        // so E > eMin needs s' > m^2 + eMin sqrt(s) (1 - cmax); half of that margin for non-collinear photons.
        this.sMinRadiative = mass * mass + 0.5 * eMin * beam.sqrtS() * (1 - cosThetaMax);
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
        if (isr != null || photonEnergy(beam.s()) <= eMin) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(crossSection(beam.s(), cosThetaMax));
    }

    /** The tree-level (monochromatic) photon energy (s - m^2)/(2 sqrt(s)) at s. */
    private double photonEnergy(double s) {
        return (s - mass * mass) / (2 * Math.sqrt(s));
    }

    @Override
    public double generate(RandomStream beamRng, RandomStream rng, EventBuffer out) {
        out.clear();
        frame.sample(beamRng);
        Vec3 vertex = frame.vertex();
        frame.addBeams(out);
        if (isr != null) {
            return generateRadiative(vertex, rng, out);
        }
        double c = Math.tanh(rapidityMax * (2 * rng.nextDouble() - 1));
        double phi = 2 * Math.PI * rng.nextDouble();
        if (photonEnergy(frame.s()) <= eMin || !frame.twoBody(0, mass, c, phi, p)) {
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

    private double generateRadiative(Vec3 vertex, RandomStream rng, EventBuffer out) {
        double s = frame.s();
        if (!(s > sMinRadiative)) {
            out.setWeight(0);
            return 0;
        }
        double w = isr.sample(rng, s, 1 - sMinRadiative / s);
        double sHat = isr.sPrime();
        if (!(sHat > mass * mass)) {
            out.setWeight(0);
            return 0;
        }
        // The gamma A' system moves along the beam axis with rapidity eta (collinear ISR), which shifts the
        // rapidity atanh(cos) of a massless photon by eta: the CM window |y| < Y is |y' + eta| < Y in the rest
        // frame. Draw y' uniformly in [-Y - |eta|, Y + |eta|] (the 1/(1 - c'^2) peak exactly), cut in the CM.
        isr.systemVelocity(v);
        double eta = atanh(Math.abs(v[2]));
        double yRange = rapidityMax + eta;
        double c = Math.tanh(yRange * (2 * rng.nextDouble() - 1));
        double phi = 2 * Math.PI * rng.nextDouble();
        double sn = Math.sqrt(Math.max(0, (1 - c) * (1 + c)));
        w *= differentialCrossSection(sHat, c) * (1 - c) * (1 + c) * 2 * yRange;
        double ePhoton = (sHat - mass * mass) / (2 * Math.sqrt(sHat));
        p[0] = ePhoton * sn * Math.cos(phi);
        p[1] = ePhoton * sn * Math.sin(phi);
        p[2] = ePhoton * c;
        p[3] = ePhoton;
        p[4] = -p[0];
        p[5] = -p[1];
        p[6] = -p[2];
        p[7] = Math.sqrt(ePhoton * ePhoton + mass * mass);
        isr.toCm(p, 0);
        isr.toCm(p, 4);
        double cosCm = p[2] / Math.sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2]);
        if (!(p[3] > eMin && Math.abs(cosCm) < cosThetaMax)) {
            out.setWeight(0);
            return 0;
        }
        boolean withPhoton = isr.hasPhoton();
        isr.photon(photon, 0);
        frame.toLab(p, 0);
        frame.toLab(p, 4);
        int iGamma = out.add(22, GenParticle.FINAL, p[0], p[1], p[2], p[3]);
        int iA = out.add(PDG_ID, GenParticle.FINAL, p[4], p[5], p[6], p[7]);
        int last = iA;
        if (withPhoton) {
            frame.toLab(photon, 0);
            last = out.add(22, GenParticle.FINAL, photon[0], photon[1], photon[2], photon[3]);
        }
        for (int i = iGamma; i <= last; i++) {
            out.setMothers(i, 0, 1);
            out.setVertex(i, vertex.x(), vertex.y(), vertex.z(), 0);
        }
        out.setWeight(w);
        return w;
    }
}
