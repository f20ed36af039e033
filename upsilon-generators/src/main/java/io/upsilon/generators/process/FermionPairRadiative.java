package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.Boost;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.generators.radiation.CollinearPhoton;
import io.upsilon.generators.radiation.FinalStateRadiation;
import io.upsilon.generators.radiation.IsrSampler;
import io.upsilon.generators.radiation.IsrStructureFunction;
import io.upsilon.generators.radiation.VacuumPolarization;

/**
 * e+e- -&gt; f fbar (gamma) with radiative corrections: initial-state radiation from the
 * Kuraev-Fadin structure function with one explicit photon carrying the radiated energy (its
 * angle from the collinear peak off the e- or e+), vacuum polarisation at the reduced s' = s(1 -
 * x), and final-state radiation of one photon (leading log). The hard process at s' is the
 * massive Born of {@link FermionPairBorn}, generated in the f fbar rest frame about the beam
 * axis, so the event weight is
 *
 * <pre>
 *   w = F(x, s) / pdf(x) * (d sigma_Born(s')/d cos theta*) / pdf(cos theta*) * 1/(1 - Delta alpha(s'))^2 * (1 + 3 alpha Q^2/(4 pi))
 * </pre>
 *
 * and its mean estimates sigma(e+e- -&gt; f fbar (gamma)) with no cuts. Approximations
 * (documented, not hidden): one ISR photon takes all the radiated energy (its transverse momentum
 * is kept, so the pair recoils); the Born angle is taken about the beam axis in the pair frame;
 * FSR in the collinear leading-log form; no initial-final interference, no Z.
 */
public final class FermionPairRadiative implements EventGenerator {
    private final CollisionFrame frame;
    private final FermionPairBorn born;
    private final IsrStructureFunction isr;
    private final VacuumPolarization vp;
    private final IsrSampler isrSampler;
    private final int pdgId;
    private final double mass;
    private final double charge;
    private final double electronMass2;
    private final double fsrFactor;
    private final double[] sampled = new double[2];
    private final double[] pair = new double[12];

    /** Radiative generator for the fermion {@code pdgId} (mass and charge from the particle table). */
    public FermionPairRadiative(Beam beam, int pdgId) {
        this(beam, pdgId, ParticleTable.standard());
    }

    /**
     * Radiative generator for the fermion {@code pdgId} with masses and charge from {@code pdg}
     * (e.g. a table with a shifted tau mass).
     */
    public FermionPairRadiative(Beam beam, int pdgId, ParticleTable pdg) {
        double me = pdg.byId(11).mass();
        this.frame = new CollisionFrame(beam);
        this.pdgId = pdgId;
        this.mass = pdg.byId(pdgId).mass();
        this.charge = pdg.byId(pdgId).charge();
        this.born = new FermionPairBorn(beam, pdgId, mass, 1, charge);
        this.isr = new IsrStructureFunction(me);
        this.vp = VacuumPolarization.standard();
        this.isrSampler = new IsrSampler(vp, 4 * mass * mass, beam.s());
        this.electronMass2 = me * me;
        this.fsrFactor = FinalStateRadiation.inclusiveFactor(charge);
    }

    @Override
    public double generate(RandomStream beamRng, RandomStream rng, EventBuffer out) {
        out.clear();
        frame.sample(beamRng);
        frame.addBeams(out);
        double s = frame.s();
        double threshold = 4 * mass * mass / s;
        if (threshold >= 1) {
            out.setWeight(0);
            return 0;
        }
        // Everything below is in the canonical CM frame (e- along +z) until the final map to the lab.
        // ISR: energy fraction x from the structure function, one photon.
        double sqrtS = Math.sqrt(s);
        double xMax = 1 - threshold;
        isrSampler.sample(rng, s, isr.beta(s), xMax, sampled);
        double x = sampled[0];
        double weight = isr.value(x, s) / sampled[1];
        double k = 0.5 * x * sqrtS;
        boolean photon = k >= FinalStateRadiation.MIN_PHOTON_ENERGY;
        double gx = 0;
        double gy = 0;
        double gz = 0;
        if (photon) {
            double cosG = CollinearPhoton.cosTheta(Math.sqrt(1 - 4 * electronMass2 / s), rng.nextDouble());
            if (rng.nextDouble() < 0.5) {
                cosG = -cosG; // off the positron
            }
            double sinG = Math.sqrt(Math.max(0, (1 - cosG) * (1 + cosG)));
            double phiG = 2 * Math.PI * rng.nextDouble();
            gx = k * sinG * Math.cos(phiG);
            gy = k * sinG * Math.sin(phiG);
            gz = k * cosG;
        } else {
            k = 0;
        }
        double sPair = s - 2 * sqrtS * k;

        // Hard process in the pair rest frame, Born angle about the beam axis, then FSR.
        double c = FermionPairBorn.sampleOnePlusCos2(rng.nextDouble());
        double sn = Math.sqrt(Math.max(0.0, (1.0 - c) * (1.0 + c)));
        double phi = 2.0 * Math.PI * rng.nextDouble();
        double nx = sn * Math.cos(phi);
        double ny = sn * Math.sin(phi);
        weight *= born.differentialOverSamplingDensity(sPair, c) * vp.factor(sPair) * fsrFactor;
        int emitter = FinalStateRadiation.radiate(rng, sPair, mass, charge, nx, ny, c, pair);

        // Order: f, fbar, ISR photon (children of the beams, contiguous), then the FSR photon.
        int iF = out.add(pdgId, GenParticle.FINAL, pair[0], pair[1], pair[2], pair[3]);
        int iFbar = out.add(-pdgId, GenParticle.FINAL, pair[4], pair[5], pair[6], pair[7]);
        int iIsr = photon ? out.add(22, GenParticle.FINAL, gx, gy, gz, k) : -1;
        int iFsr = emitter == 0 ? -1 : out.add(22, GenParticle.FINAL, pair[8], pair[9], pair[10], pair[11]);
        if (photon) {
            // Pair frame -> CM: the pair recoils against the ISR photon.
            double ePair = sqrtS - k;
            double[] mom = out.momenta();
            for (int i = iF; i < out.size(); i++) {
                if (i != iIsr) {
                    Boost.apply(-gx / ePair, -gy / ePair, -gz / ePair, mom, 4 * i);
                }
            }
        }
        frame.allToLab(out, iF);
        out.setMothers(iF, 0, 1);
        out.setMothers(iFbar, 0, 1);
        if (iIsr >= 0) {
            out.setMothers(iIsr, 0, 1);
        }
        if (iFsr >= 0) {
            int m = emitter == 1 ? iF : iFbar;
            out.setMothers(iFsr, m, m);
        }
        frame.placeAtVertex(out, iF);
        out.setWeight(weight);
        return weight;
    }
}
