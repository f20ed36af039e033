package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.units.PhysicalConstants;
import io.upsilon.generators.amplitude.RadiatedBosonAmplitude;
import io.upsilon.generators.phasespace.TwoBody;
import io.upsilon.generators.radiation.IsrEmission;
import io.upsilon.generators.radiation.IsrSampler;
import io.upsilon.generators.radiation.VacuumPolarization;

/**
 * e+e- -&gt; mu+ mu- X with a boson X ({@link RadiatedBoson}: the L_mu - L_tau Z' or the muonphilic
 * scalar) radiated from the final-state muons (as in Belle II, PRL 130, 231801, arXiv:2212.03066 and
 * PRD 109, 112015, arXiv:2403.02841): exact tree-level 2 -&gt; 3 matrix element from the boson's {@link
 * RadiatedBosonAmplitude} (the two FSR diagrams, massive muons, sum over the X helicities), on-shell
 * X (narrow width), massless electrons.
 *
 * <p>With radiation ({@link GeneratorOptions#DEFAULT}) the beams radiate first: initial-state
 * radiation by the Kuraev-Fadin structure function with one explicit photon ({@link IsrEmission}),
 * sigma(s) = int dx F(x, s) VP(s') sigma_hat(s'), s' = s(1 - x), where sigma_hat is the tree-level
 * 2 -&gt; 3 cross section at s' and VP(s') = |1/(1 - Delta alpha(s')) + resonances|^2 dresses the
 * s-channel photon ({@link VacuumPolarization#factor}); the mu mu X system is generated in its rest
 * frame (about the beam axis) and boosted against the photon. The x sampling has channels for the
 * radiative return to the narrow vector resonances above threshold. Not modelled: FSR photons off
 * the muons, initial-final interference. Without radiation ({@link GeneratorOptions#BORN}) events
 * are tree level at s (the independent tree-level table in docs/signal-cross-sections.md).
 *
 * <p>Phase space: with x = (p_mu- + k)^2 and y = (p_mu+ + k)^2 the Dalitz variables,
 * dPhi_3 = dx dy / (128 pi^3 s) times a uniform orientation. The muon propagators peak where x or y
 * approaches (m + M)^2 (collinear emission) and both do for a soft X, so (x, y) are drawn from a
 * three-channel mixture: x ~ 1/(x - m^2) with y flat in its Dalitz range; the mirror; and both ~
 * 1/(. - m^2) on the bounding rectangle (points outside the Dalitz region get weight 0). The weight
 * is |M|^2-bar / (2s) dPhi_3 over the mixture density, in nb; its mean is the production cross
 * section sigma(e+e- -&gt; mu+ mu- X), proportional to the coupling squared, times {@link
 * RadiatedBoson#decayWeight()} (BR of a forced channel, else 1).
 *
 * <p>X is then decayed by {@link RadiatedBoson#pickDaughter}: a pair isotropically in its rest frame
 * (taus are not decayed here), or written as a stable invisible final-state particle.
 */
public final class MuMuBosonGenerator implements EventGenerator {
    private static final double CHANNEL_A = 0.35;
    private static final double CHANNEL_B = 0.35;

    private final Beam beam;
    private final RadiatedBoson boson;
    private final double muMass;
    private final double bosonMass;
    private final double couplingFactor; // e^4 g^2
    private final double decayWeight;
    private final RadiatedBosonAmplitude amplitude;
    private final CollisionFrame frame;
    private final IsrEmission isr; // null at tree level
    private final VacuumPolarization vp;
    private final double threshold2; // (2 m_mu + M)^2
    private final double[] p = new double[20];
    private final double[] photon = new double[4];
    private final double[] decay = new double[8];

    /**
     * @param beam the beams
     * @param boson the radiated boson (mass, coupling, amplitude, decays)
     * @param options radiation on: ISR and vacuum polarisation at s'; off: tree level
     */
    public MuMuBosonGenerator(Beam beam, RadiatedBoson boson, GeneratorOptions options) {
        if (beam == null || boson == null || options == null) {
            throw new IllegalArgumentException("beam, boson and options must not be null");
        }
        this.beam = beam;
        this.boson = boson;
        ParticleTable table = ParticleTable.standard();
        this.muMass = table.byId(13).mass();
        this.bosonMass = boson.mass();
        double e2 = 4 * Math.PI * PhysicalConstants.ALPHA;
        this.couplingFactor = e2 * e2 * boson.couplingSquared();
        this.decayWeight = boson.decayWeight();
        this.amplitude = boson.newAmplitude(muMass);
        this.frame = new CollisionFrame(beam);
        this.threshold2 = (2 * muMass + bosonMass) * (2 * muMass + bosonMass);
        this.vp = VacuumPolarization.standard();
        this.isr = options.radiation() ? new IsrEmission(new IsrSampler(vp, threshold2, beam.s())) : null;
    }

    /** The radiated boson. */
    public RadiatedBoson boson() {
        return boson;
    }

    /**
     * Draws one phase-space point at centre-of-mass energy squared {@code s} and writes the
     * canonical-CM momenta (e- along +z) into {@code p} (e-, e+, mu-, mu+, X at 0, 4, 8, 12, 16).
     *
     * @return the weight in nb (0 outside the Dalitz region or below threshold)
     */
    double samplePoint(double s, RandomStream rng) {
        double m = muMass;
        double mz = bosonMass;
        double rs = Math.sqrt(s);
        if (rs <= 2 * m + mz) {
            return 0;
        }
        double m2 = m * m;
        double lo = (m + mz) * (m + mz);
        double hi = (rs - m) * (rs - m);
        double lnR = Math.log((hi - m2) / (lo - m2));
        double u = rng.nextDouble();
        double x;
        double y;
        if (u < CHANNEL_A) {
            x = m2 + (lo - m2) * Math.exp(lnR * rng.nextDouble());
            double ylo = otherMin(s, x);
            y = ylo + (otherMax(s, x) - ylo) * rng.nextDouble();
        } else if (u < CHANNEL_A + CHANNEL_B) {
            y = m2 + (lo - m2) * Math.exp(lnR * rng.nextDouble());
            double xlo = otherMin(s, y);
            x = xlo + (otherMax(s, y) - xlo) * rng.nextDouble();
        } else {
            x = m2 + (lo - m2) * Math.exp(lnR * rng.nextDouble());
            y = m2 + (lo - m2) * Math.exp(lnR * rng.nextDouble());
        }
        double yMin = otherMin(s, x);
        double yMax = otherMax(s, x);
        if (!(y >= yMin && y <= yMax)) {
            return 0;
        }
        double xMin = otherMin(s, y);
        double xMax = otherMax(s, y);
        double gx = 1 / ((x - m2) * lnR);
        double gy = 1 / ((y - m2) * lnR);
        double density =
                CHANNEL_A * gx / (yMax - yMin) + CHANNEL_B * gy / (xMax - xMin) + (1 - CHANNEL_A - CHANNEL_B) * gx * gy;

        // CM energies and the event in a reference orientation: mu- along z', X in the x'-z' plane.
        double e3 = (s + m2 - y) / (2 * rs);
        double e4 = (s + m2 - x) / (2 * rs);
        double ek = rs - e3 - e4;
        double a3 = Math.sqrt(Math.max(0, (e3 - m) * (e3 + m)));
        double a4 = Math.sqrt(Math.max(0, (e4 - m) * (e4 + m)));
        double ak = Math.sqrt(Math.max(0, (ek - mz) * (ek + mz)));
        double cosK = a3 * ak > 0 ? (a4 * a4 - a3 * a3 - ak * ak) / (2 * a3 * ak) : 1;
        cosK = Math.max(-1, Math.min(1, cosK));
        double sinK = Math.sqrt((1 - cosK) * (1 + cosK));
        // Uniform orientation: R = Rz(phi) Ry(theta) Rz(chi).
        double ct = 2 * rng.nextDouble() - 1;
        double st = Math.sqrt(Math.max(0, (1 - ct) * (1 + ct)));
        double phi = 2 * Math.PI * rng.nextDouble();
        double chi = 2 * Math.PI * rng.nextDouble();
        double cp = Math.cos(phi);
        double sp = Math.sin(phi);
        double cc = Math.cos(chi);
        double sc = Math.sin(chi);
        // Columns of R: images of x', y', z'.
        double r00 = cp * ct * cc - sp * sc;
        double r10 = sp * ct * cc + cp * sc;
        double r20 = -st * cc;
        double r02 = cp * st;
        double r12 = sp * st;
        double r22 = ct;
        double half = 0.5 * rs;
        p[0] = 0;
        p[1] = 0;
        p[2] = half;
        p[3] = half;
        p[4] = 0;
        p[5] = 0;
        p[6] = -half;
        p[7] = half;
        p[8] = a3 * r02;
        p[9] = a3 * r12;
        p[10] = a3 * r22;
        p[11] = e3;
        double kx = ak * sinK;
        double kz = ak * cosK;
        p[16] = kx * r00 + kz * r02;
        p[17] = kx * r10 + kz * r12;
        p[18] = kx * r20 + kz * r22;
        p[19] = ek;
        p[12] = -p[8] - p[16];
        p[13] = -p[9] - p[17];
        p[14] = -p[10] - p[18];
        p[15] = e4;

        double me2 = couplingFactor * 0.25 * amplitude.summedSquared(p);
        double phaseSpace = 1 / (128 * Math.PI * Math.PI * Math.PI * s);
        return me2 / (2 * s) * phaseSpace / density * PhysicalConstants.HBARC2_GEV2_NB;
    }

    /** The canonical-CM momenta of the last {@link #samplePoint} (for tests; do not modify). */
    double[] lastMomenta() {
        return p;
    }

    /** Lower end of y = m_{4k}^2 for given x = m_{3k}^2 (and, by symmetry, of x for given y). */
    private double otherMin(double s, double x) {
        return otherBound(s, x, -1);
    }

    private double otherMax(double s, double x) {
        return otherBound(s, x, 1);
    }

    private double otherBound(double s, double x, int sign) {
        double m2 = muMass * muMass;
        double mz2 = bosonMass * bosonMass;
        double rx = Math.sqrt(x);
        double eK = (x - m2 + mz2) / (2 * rx); // X energy in the (mu k) rest frame
        double e4 = (s - x - m2) / (2 * rx); // other muon's energy in that frame
        double pK = Math.sqrt(Math.max(0, eK * eK - mz2));
        double p4 = Math.sqrt(Math.max(0, e4 * e4 - m2));
        double sum = eK + e4;
        double d = sign < 0 ? pK + p4 : pK - p4;
        return sum * sum - d * d;
    }

    @Override
    public double generate(RandomStream beamRng, RandomStream rng, EventBuffer out) {
        out.clear();
        frame.sample(beamRng);
        Vec3 vertex = frame.vertex();
        frame.addBeams(out);
        double s = frame.s();
        double w = 1;
        double sHat = s;
        if (isr != null) {
            if (!(s > threshold2)) {
                out.setWeight(0);
                return 0;
            }
            w = isr.sample(rng, s, 1 - threshold2 / s);
            sHat = isr.sPrime();
            w *= vp.factor(sHat);
        }
        w *= samplePoint(sHat, rng);
        if (w == 0) {
            out.setWeight(0);
            return 0;
        }
        boolean withPhoton = isr != null && isr.hasPhoton();
        if (withPhoton) {
            // mu mu X rest frame -> CM: the system recoils against the ISR photon
            isr.toCm(p, 8);
            isr.toCm(p, 12);
            isr.toCm(p, 16);
            isr.photon(photon, 0);
            frame.toLab(photon, 0);
        }
        frame.toLab(p, 8);
        frame.toLab(p, 12);
        frame.toLab(p, 16);
        int iMu = out.add(13, GenParticle.FINAL, p[8], p[9], p[10], p[11]);
        int iMuBar = out.add(-13, GenParticle.FINAL, p[12], p[13], p[14], p[15]);
        int iZ = out.add(boson.pdgId(), GenParticle.FINAL, p[16], p[17], p[18], p[19]);
        for (int i = iMu; i <= iZ; i++) {
            out.setMothers(i, 0, 1);
            out.setVertex(i, vertex.x(), vertex.y(), vertex.z(), 0);
        }
        int d1 = boson.pickDaughter(rng.nextDouble());
        if (d1 != 0) {
            int d2 = d1 == 22 ? 22 : -d1;
            double md = ParticleTable.standard().byId(d1).mass();
            double cosTheta = 2 * rng.nextDouble() - 1;
            double phiD = 2 * Math.PI * rng.nextDouble();
            TwoBody.decayInFlight(p, 16, md, md, cosTheta, phiD, decay, 0, 4);
            out.setStatus(iZ, GenParticle.DECAYED);
            int a = out.add(d1, GenParticle.FINAL, decay[0], decay[1], decay[2], decay[3]);
            int b = out.add(d2, GenParticle.FINAL, decay[4], decay[5], decay[6], decay[7]);
            out.setMothers(a, iZ, iZ);
            out.setMothers(b, iZ, iZ);
            out.setDaughters(iZ, a, b);
            out.setVertex(a, vertex.x(), vertex.y(), vertex.z(), 0);
            out.setVertex(b, vertex.x(), vertex.y(), vertex.z(), 0);
        }
        if (withPhoton) {
            // the ISR photon last, so the muons, X and its decay products keep their tree-level indices
            int iG = out.add(22, GenParticle.FINAL, photon[0], photon[1], photon[2], photon[3]);
            out.setMothers(iG, 0, 1);
            out.setVertex(iG, vertex.x(), vertex.y(), vertex.z(), 0);
        }
        w *= decayWeight;
        out.setWeight(w);
        return w;
    }

    /**
     * Tree-level production cross section sigma(e+e- -&gt; mu+ mu- X) in nb (without the decay weight) at the beam's nominal sqrt(s)
     * (no beam-energy spread, no radiation whatever the options), by Monte Carlo integration with {@code points} points of the
     * generator's own phase-space sampling from a fixed stream; returns {sigma, error}.
     */
    public double[] integrate(RandomStream rng, long points) {
        double s = beam.s();
        double sw = 0;
        double sw2 = 0;
        for (long i = 0; i < points; i++) {
            double w = samplePoint(s, rng);
            sw += w;
            sw2 += w * w;
        }
        double mean = sw / points;
        return new double[] {mean, Math.sqrt(Math.max(0, sw2 / points - mean * mean) / (points - 1))};
    }
}
