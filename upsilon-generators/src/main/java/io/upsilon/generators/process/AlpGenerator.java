package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.pdg.SignalParticleIds;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.units.PhysicalConstants;
import io.upsilon.generators.phasespace.TwoBody;
import io.upsilon.generators.radiation.IsrEmission;
import io.upsilon.generators.radiation.IsrSampler;
import io.upsilon.generators.radiation.VacuumPolarization;
import java.util.OptionalDouble;

/**
 * e+e- -&gt; gamma a with an axion-like particle a coupling to photons (g_agg), a -&gt; gamma gamma
 * at a displaced vertex (cross section: M. J. Dolan et al., JHEP 12 (2017) 094, arXiv:1709.00009, [R]
 * recalled; width: textbook):
 *
 * <pre>
 *   sigma = (alpha g_agg^2 / 24) (1 - m_a^2/s)^3,   d sigma / d cos(theta*) = sigma (3/8)(1 + cos^2 theta*)
 *   Gamma(a -&gt; gamma gamma) = g_agg^2 m_a^3 / (64 pi)
 * </pre>
 *
 * theta* is the photon's angle to the e- beam in the CM frame; cos theta* is drawn from (1 + cos^2)
 * exactly, so every event of a collision energy has the same weight sigma(s) (no generation cuts).
 * The a (PDG id {@link #PDG_ID}, status 2) flies a proper time drawn from exp(-t/tau),
 * tau = hbar/Gamma, boosted to the lab (decay length (p/m) c t, time (E/m) t); its two photons
 * start at that displaced vertex, isotropic in the a rest frame.
 *
 * <p>With radiation ({@link GeneratorOptions#DEFAULT}): the process goes through an s-channel photon,
 * so sigma(s) = int dx F(x, s) VP(s') sigma(s'), s' = s(1 - x): initial-state radiation by the
 * Kuraev-Fadin structure function with one explicit photon ({@link IsrEmission}, written after the
 * ALP's decay photons), vacuum polarisation of the s-channel photon at s' ({@link
 * VacuumPolarization#factor}, with the radiative return to the narrow vector resonances sampled by
 * their own channels); the gamma a system is generated in its rest frame with (1 + cos^2) about the
 * beam axis and recoils against the ISR photon. Without radiation ({@link GeneratorOptions#BORN}) the
 * tree-level formula above at s.
 */
public final class AlpGenerator implements EventGenerator {
    /** PDG id written for the ALP: 9000005 (no PDG code exists; the usual choice of ALP UFO models). */
    public static final int PDG_ID = SignalParticleIds.ALP;

    private static final double C_CM_PER_NS = PhysicalConstants.C_CM_PER_S * 1e-9;

    private final Beam beam;
    private final double mass;
    private final double gagg;
    private final double tauNs;
    private final CollisionFrame frame;
    private final IsrEmission isr; // null at tree level
    private final VacuumPolarization vp;
    private final double[] p = new double[8];
    private final double[] photon = new double[4];
    private final double[] decay = new double[8];

    /**
     * @param beam the beams
     * @param mass ALP mass in GeV (&gt; 0, below sqrt(s))
     * @param gagg photon coupling g_agg in GeV^-1 (&gt; 0)
     */
    public AlpGenerator(Beam beam, double mass, double gagg) {
        this(beam, mass, gagg, GeneratorOptions.BORN);
    }

    /**
     * @param beam the beams
     * @param mass ALP mass in GeV (&gt; 0, below sqrt(s))
     * @param gagg photon coupling g_agg in GeV^-1 (&gt; 0)
     * @param options radiation on: ISR and vacuum polarisation at s'; off: tree level
     */
    public AlpGenerator(Beam beam, double mass, double gagg, GeneratorOptions options) {
        if (!(mass > 0) || !(mass < beam.sqrtS())) {
            throw new IllegalArgumentException("ALP mass must be in (0, sqrt(s)), got " + mass);
        }
        if (!(gagg > 0) || !Double.isFinite(gagg)) {
            throw new IllegalArgumentException("g_agg must be > 0, got " + gagg);
        }
        this.beam = beam;
        this.mass = mass;
        this.gagg = gagg;
        this.tauNs = PhysicalConstants.HBAR_GEV_S / decayWidth() * 1e9;
        this.frame = new CollisionFrame(beam);
        this.vp = VacuumPolarization.standard();
        this.isr = options.radiation() ? new IsrEmission(new IsrSampler(vp, mass * mass, beam.s())) : null;
    }

    /** Gamma(a -&gt; gamma gamma) = g^2 m^3 / (64 pi) in GeV. */
    public double decayWidth() {
        return gagg * gagg * mass * mass * mass / (64 * Math.PI);
    }

    /** Proper decay length c tau in cm. */
    public double properDecayLength() {
        return tauNs * C_CM_PER_NS;
    }

    /** sigma(e+e- -&gt; gamma a) in nb at s. */
    public double crossSection(double s) {
        double r = mass * mass / s;
        if (r >= 1) {
            return 0;
        }
        double x = 1 - r;
        return PhysicalConstants.ALPHA * gagg * gagg / 24 * x * x * x * PhysicalConstants.HBARC2_GEV2_NB;
    }

    @Override
    public OptionalDouble analyticCrossSection() {
        if (isr != null) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(crossSection(beam.s()));
    }

    @Override
    public double generate(RandomStream beamRng, RandomStream rng, EventBuffer out) {
        out.clear();
        frame.sample(beamRng);
        Vec3 vertex = frame.vertex();
        frame.addBeams(out);
        double s = frame.s();
        double w;
        boolean withPhoton = false;
        if (isr == null) {
            double c = FermionPairBorn.sampleOnePlusCos2(rng.nextDouble());
            double phi = 2 * Math.PI * rng.nextDouble();
            if (!frame.twoBody(0, mass, c, phi, p)) {
                out.setWeight(0);
                return 0;
            }
            w = crossSection(s);
        } else {
            double m2 = mass * mass;
            if (!(s > m2)) {
                out.setWeight(0);
                return 0;
            }
            w = isr.sample(rng, s, 1 - m2 / s);
            double sHat = isr.sPrime();
            w *= vp.factor(sHat) * crossSection(sHat);
            if (!(w > 0)) {
                out.setWeight(0);
                return 0;
            }
            // gamma a in their rest frame, (1 + cos^2) about the beam axis, then recoiling against the ISR photon
            double c = FermionPairBorn.sampleOnePlusCos2(rng.nextDouble());
            double phi = 2 * Math.PI * rng.nextDouble();
            double sn = Math.sqrt(Math.max(0, (1 - c) * (1 + c)));
            double rs = Math.sqrt(sHat);
            double pStar = (sHat - m2) / (2 * rs);
            p[0] = pStar * sn * Math.cos(phi);
            p[1] = pStar * sn * Math.sin(phi);
            p[2] = pStar * c;
            p[3] = pStar;
            p[4] = -p[0];
            p[5] = -p[1];
            p[6] = -p[2];
            p[7] = Math.sqrt(pStar * pStar + m2);
            isr.toCm(p, 0);
            isr.toCm(p, 4);
            frame.toLab(p, 0);
            frame.toLab(p, 4);
            withPhoton = isr.hasPhoton();
            if (withPhoton) {
                isr.photon(photon, 0);
                frame.toLab(photon, 0);
            }
        }
        int iGamma = out.add(22, GenParticle.FINAL, p[0], p[1], p[2], p[3]);
        int iA = out.add(PDG_ID, GenParticle.DECAYED, p[4], p[5], p[6], p[7]);
        for (int i = iGamma; i <= iA; i++) {
            out.setMothers(i, 0, 1);
            out.setVertex(i, vertex.x(), vertex.y(), vertex.z(), 0);
        }
        // Decay vertex: proper time t ~ tau Exp(1); lab displacement (p/m) c t, lab time (E/m) t.
        double tProper = tauNs * rng.nextExponential();
        double f = C_CM_PER_NS * tProper / mass;
        double dx = vertex.x() + p[4] * f;
        double dy = vertex.y() + p[5] * f;
        double dz = vertex.z() + p[6] * f;
        double dt = p[7] / mass * tProper;
        TwoBody.decayInFlight(p, 4, 0, 0, 2 * rng.nextDouble() - 1, 2 * Math.PI * rng.nextDouble(), decay, 0, 4);
        int g1 = out.add(22, GenParticle.FINAL, decay[0], decay[1], decay[2], decay[3]);
        int g2 = out.add(22, GenParticle.FINAL, decay[4], decay[5], decay[6], decay[7]);
        out.setDaughters(iA, g1, g2);
        for (int i = g1; i <= g2; i++) {
            out.setMothers(i, iA, iA);
            out.setVertex(i, dx, dy, dz, dt);
        }
        if (withPhoton) {
            int iG = out.add(22, GenParticle.FINAL, photon[0], photon[1], photon[2], photon[3]);
            out.setMothers(iG, 0, 1);
            out.setVertex(iG, vertex.x(), vertex.y(), vertex.z(), 0);
        }
        out.setWeight(w);
        return w;
    }
}
