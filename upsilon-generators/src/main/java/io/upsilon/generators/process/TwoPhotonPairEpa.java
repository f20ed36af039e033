package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.Boost;
import io.upsilon.core.kinematics.Frames;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.units.PhysicalConstants;

/**
 * Two-photon production of a lepton pair, e+e- -&gt; e+e- l+l-, in the equivalent-photon
 * approximation (Budnev, Ginzburg, Meledin, Serbo, Phys. Rep. 15 (1975) 181 [textbook]): each beam
 * radiates a quasi-real photon with the flux
 *
 * <pre>
 *   dn = (alpha/pi) (dx/x) (dQ^2/Q^2) [1 - x + x^2/2 - (1 - x) Q^2_min/Q^2],  Q^2_min = m_e^2 x^2/(1 - x),
 * </pre>
 *
 * up to Q^2_max = W^2 [E] (above the pair mass the gamma* gamma* -&gt; l l cross section falls
 * off), and the photons fuse with the Breit-Wheeler cross section, evaluated with an effective
 * lepton mass m_eff^2 = m^2 + Q1^2 + Q2^2 [E] because the photon virtuality regulates the
 * collinear logarithm ln(W^2/m^2) the way the mass does (this matters for e+e- pairs, where
 * Q^2 &gt;&gt; m_e^2 is typical; without it the e+e- e+e- cross section comes out 2.3 times larger),
 *
 * <pre>
 *   sigma(gamma gamma -&gt; l l) = (2 pi alpha^2/W^2) [(3 - beta^4) ln((1+beta)/(1-beta)) - 2 beta (2 - beta^2)].
 * </pre>
 *
 * The scattered e+ and e- are built exactly from (x, Q^2, phi); the photons are their four-momentum
 * transfers and the pair mass W is that of their sum (generation cut W &gt; W_min, Belle II Physics Book
 * table and basf2 AAFH default: W_ll &gt; 0.5 GeV). The pair decays in its rest frame with the Breit-Wheeler angular
 * distribution about the photon axis. Approximations [E]: no interference,
 * bremsstrahlung or annihilation diagrams (exact AAFH-type matrix elements are not used), no
 * radiative corrections; expect O(10%) accuracy for the no-tag cross section.
 */
public final class TwoPhotonPairEpa implements EventGenerator {
    private static final double ALPHA = PhysicalConstants.ALPHA;

    private final CollisionFrame frame;
    private final int leptonId;
    private final double leptonMass;
    private final double electronMass;
    private final double minPairMass2;
    private final double[] v = new double[24];

    /**
     * @param beam the beams
     * @param leptonId PDG id of the produced lepton (11 or 13)
     * @param minPairMass W_min in GeV
     */
    public TwoPhotonPairEpa(Beam beam, int leptonId, double minPairMass) {
        ParticleTable pdg = ParticleTable.standard();
        this.frame = new CollisionFrame(beam);
        this.leptonId = leptonId;
        this.leptonMass = pdg.byId(leptonId).mass();
        this.electronMass = pdg.byId(11).mass();
        if (!(minPairMass > 2 * leptonMass)) {
            throw new IllegalArgumentException("W_min must exceed the pair threshold, got " + minPairMass);
        }
        this.minPairMass2 = minPairMass * minPairMass;
    }

    /** Breit-Wheeler sigma(gamma gamma -&gt; l+ l-) at W^2 in GeV^-2 (0 below threshold). */
    public static double breitWheeler(double w2, double m) {
        double b2 = 1 - 4 * m * m / w2;
        if (w2 <= 0 || b2 <= 0) {
            return 0;
        }
        double b = Math.sqrt(b2);
        return 2 * Math.PI * ALPHA * ALPHA / w2 * ((3 - b2 * b2) * Math.log((1 + b) / (1 - b)) - 2 * b * (2 - b2));
    }

    /** Unnormalised Breit-Wheeler angular density in cos(theta) about the photon axis. */
    static double breitWheelerShape(double c, double b2) {
        double s2 = 1 - c * c;
        double d = 1 - b2 * c * c;
        return (1 + 2 * b2 * s2 - b2 * b2 - b2 * b2 * s2 * s2) / (d * d);
    }

    @Override
    public double generate(RandomStream beamRng, RandomStream rng, EventBuffer out) {
        out.clear();
        frame.sample(beamRng);
        frame.addBeams(out);
        double s = frame.s();
        // Canonical CM frame: e- along +z, e+ along -z.
        double eBeam = 0.5 * Math.sqrt(s);
        double me2 = electronMass * electronMass;
        double pBeam = Math.sqrt(eBeam * eBeam - me2);
        double xMin = minPairMass2 / s;
        double lx = -Math.log(xMin);
        double x1 = xMin * Math.exp(rng.nextDouble() * lx);
        double x2 = xMin * Math.exp(rng.nextDouble() * lx);
        double w2Approx = x1 * x2 * s;
        if (w2Approx < minPairMass2 || x1 >= 1 || x2 >= 1) {
            return zero(out);
        }
        double weight = lx * lx * ALPHA * ALPHA / (Math.PI * Math.PI);
        double q2Sum = 0;
        // Scattered e- (near +z) at v[0..3] and e+ (near -z) at v[4..7].
        for (int side = 0; side < 2; side++) {
            double x = side == 0 ? x1 : x2;
            double q2Min = me2 * x * x / (1 - x);
            double q2Max = w2Approx;
            if (q2Min >= q2Max) {
                return zero(out);
            }
            double lq = Math.log(q2Max / q2Min);
            double q2 = q2Min * Math.exp(rng.nextDouble() * lq);
            weight *= lq * (1 - x + 0.5 * x * x - (1 - x) * q2Min / q2);
            q2Sum += q2;
            double ePrime = eBeam * (1 - x);
            if (ePrime <= electronMass) {
                return zero(out);
            }
            double pPrime = Math.sqrt(ePrime * ePrime - me2);
            double cos = (eBeam * ePrime - me2 - 0.5 * q2) / (pBeam * pPrime);
            if (cos > 1 || cos < -1) {
                return zero(out);
            }
            double sin = Math.sqrt((1 - cos) * (1 + cos));
            double phi = 2 * Math.PI * rng.nextDouble();
            double sign = side == 0 ? 1 : -1;
            int o = 4 * side;
            v[o] = pPrime * sin * Math.cos(phi);
            v[o + 1] = pPrime * sin * Math.sin(phi);
            v[o + 2] = sign * pPrime * cos;
            v[o + 3] = ePrime;
        }
        // Photon-photon system P = (p1 + p2) - (p1' + p2'), with p1 + p2 = (0, 0, 0, sqrt(s)).
        double px = -(v[0] + v[4]);
        double py = -(v[1] + v[5]);
        double pz = -(v[2] + v[6]);
        double pe = 2 * eBeam - v[3] - v[7];
        double w2 = pe * pe - (px * px + py * py + pz * pz);
        if (w2 < minPairMass2) {
            return zero(out);
        }
        // The photons' virtuality cuts off the collinear lepton-exchange logarithm like a mass would:
        // the subprocess is evaluated with m_eff^2 = m^2 + Q1^2 + Q2^2 (leading-log prescription [E]).
        double mEff = Math.sqrt(leptonMass * leptonMass + q2Sum);
        weight *= breitWheeler(w2, mEff) * PhysicalConstants.HBARC2_GEV2_NB;

        // Lepton pair in the gamma-gamma rest frame, polar axis along photon 1 (= p1 - p1').
        double wMass = Math.sqrt(w2);
        double gbx = px / pe;
        double gby = py / pe;
        double gbz = pz / pe;
        v[8] = -v[0];
        v[9] = -v[1];
        v[10] = pBeam - v[2];
        v[11] = eBeam - v[3];
        Boost.apply(-gbx, -gby, -gbz, v, 8);
        double[] basis = Frames.basisAlong(v[8], v[9], v[10]);
        double b2 = 1 - 4 * leptonMass * leptonMass / w2;
        double beta = Math.sqrt(b2);
        double atanhB = 0.5 * Math.log((1 + beta) / (1 - beta));
        double c;
        do {
            c = Math.tanh((2 * rng.nextDouble() - 1) * atanhB) / beta;
        } while (2 * rng.nextDouble() > breitWheelerShape(c, b2) * (1 - b2 * c * c));
        double sn = Math.sqrt(Math.max(0, (1 - c) * (1 + c)));
        double phi = 2 * Math.PI * rng.nextDouble();
        double pl = 0.5 * wMass * beta;
        Vec3 n = Frames.fromBasis(basis, sn * Math.cos(phi), sn * Math.sin(phi), c);
        double el = 0.5 * wMass;
        int iEp = out.add(11, GenParticle.FINAL, v[0], v[1], v[2], v[3]);
        out.add(-11, GenParticle.FINAL, v[4], v[5], v[6], v[7]);
        int iL = out.add(leptonId, GenParticle.FINAL, pl * n.x(), pl * n.y(), pl * n.z(), el);
        int iLbar = out.add(-leptonId, GenParticle.FINAL, -pl * n.x(), -pl * n.y(), -pl * n.z(), el);
        double[] mom = out.momenta();
        Boost.apply(gbx, gby, gbz, mom, 4 * iL);
        Boost.apply(gbx, gby, gbz, mom, 4 * iLbar);
        frame.allToLab(out, iEp);
        for (int i = iEp; i <= iLbar; i++) {
            out.setMothers(i, 0, 1);
        }
        frame.placeAtVertex(out, iEp);
        out.setWeight(weight);
        return weight;
    }

    private static double zero(EventBuffer out) {
        out.setWeight(0);
        return 0;
    }
}
