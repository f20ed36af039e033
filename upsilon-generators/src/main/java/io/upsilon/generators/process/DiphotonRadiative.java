package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.Boost;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.generators.radiation.CollinearPhoton;
import io.upsilon.generators.radiation.IsrSampler;
import io.upsilon.generators.radiation.IsrStructureFunction;

/**
 * e+e- -&gt; gamma gamma (gamma) with initial-state radiation in the leading-logarithm
 * structure-function approach: the beams radiate a fraction x of their energy (Kuraev-Fadin
 * F(x, s), one explicit photon off the e- or e+ at the collinear-peak angle), and the two hard
 * photons come from the massless Born e+e- -&gt; gamma gamma at s' = s(1 - x) in their own rest frame
 * ({@link DiphotonBornGenerator#differentialCrossSection}). There is no vacuum polarisation (no
 * s-channel photon) and no final-state radiation off photons. The generation cuts of the Belle II Physics
 * Book table (arXiv:1808.10567)
 * (both hard photons at 10-170 deg and E* &gt; 0.15 GeV in the CM frame of the collision) are applied
 * after the boost; the hard photons are drawn in their rest frame within 1 deg of the beam axis
 * ({@link #REST_FRAME_THETA_MIN_DEG}), wide enough that boosted events entering the CM acceptance
 * are generated. Approximations [E]: leading-log ISR without the non-log O(alpha) virtual terms
 * specific to gamma gamma, one ISR photon carrying all the radiated energy.
 */
public final class DiphotonRadiative implements EventGenerator {
    /** Angle (deg) to the beam inside which the hard photons are not generated in their rest frame. */
    static final double REST_FRAME_THETA_MIN_DEG = 1.0;

    private final CollisionFrame frame;
    private final IsrStructureFunction isr;
    private final IsrSampler isrSampler;
    private final double electronMass2;
    private final double cosCut;
    private final double eStarMin;
    private final boolean applyCmCuts;
    private final double restCosMax;
    private final double restRapidity;
    private final double[] sampled = new double[2];

    /**
     * @param beam the beams
     * @param thetaMinDeg both hard photons in [thetaMin, 180 - thetaMin] deg in the CM frame
     * @param eStarMin minimum CM energy of each hard photon, GeV
     */
    public DiphotonRadiative(Beam beam, double thetaMinDeg, double eStarMin) {
        this(beam, thetaMinDeg, eStarMin, true);
    }

    /** As above; {@code applyCmCuts = false} keeps every event (for testing the weights). */
    DiphotonRadiative(Beam beam, double thetaMinDeg, double eStarMin, boolean applyCmCuts) {
        if (!(thetaMinDeg > REST_FRAME_THETA_MIN_DEG && thetaMinDeg < 90)) {
            throw new IllegalArgumentException("need 1 < thetaMin < 90 degrees, got " + thetaMinDeg);
        }
        double me = ParticleTable.standard().byId(11).mass();
        this.frame = new CollisionFrame(beam);
        this.isr = new IsrStructureFunction(me);
        this.isrSampler = IsrSampler.withoutResonances();
        this.electronMass2 = me * me;
        this.cosCut = Math.cos(Math.toRadians(thetaMinDeg));
        this.eStarMin = eStarMin;
        this.applyCmCuts = applyCmCuts;
        this.restCosMax = Math.cos(Math.toRadians(REST_FRAME_THETA_MIN_DEG));
        this.restRapidity = 0.5 * Math.log((1 + restCosMax) / (1 - restCosMax));
    }

    /** The Born cross section (nb) at s with both photons inside |cos| &lt; cosMax, identical photons. */
    static double bornInside(double s, double cosMax) {
        double y = 0.5 * Math.log((1 + cosMax) / (1 - cosMax));
        // (1/2) int (2 pi a^2/s)(1 + c^2)/(1 - c^2) dc = (pi a^2/s)(4 atanh(cmax) - 2 cmax)
        return DiphotonBornGenerator.differentialCrossSection(s, 0) / 2 * (4 * y - 2 * cosMax);
    }

    @Override
    public double generate(RandomStream beamRng, RandomStream rng, EventBuffer out) {
        out.clear();
        frame.sample(beamRng);
        frame.addBeams(out);
        double s = frame.s();
        double sqrtS = Math.sqrt(s);
        // Both hard photons need E* > eStarMin: s' >= (2 eStarMin)^2 at the very least.
        double xMax = 1 - 4 * eStarMin * eStarMin / s;
        if (xMax <= 0) {
            out.setWeight(0);
            return 0;
        }
        isrSampler.sample(rng, s, isr.beta(s), xMax, sampled);
        double x = sampled[0];
        double weight = isr.value(x, s) / sampled[1];
        double k = 0.5 * x * sqrtS;
        double cosG = CollinearPhoton.cosTheta(Math.sqrt(1 - 4 * electronMass2 / s), rng.nextDouble());
        if (rng.nextDouble() < 0.5) {
            cosG = -cosG;
        }
        double sinG = Math.sqrt(Math.max(0, (1 - cosG) * (1 + cosG)));
        double phiG = 2 * Math.PI * rng.nextDouble();
        double gx = k * sinG * Math.cos(phiG);
        double gy = k * sinG * Math.sin(phiG);
        double gz = k * cosG;
        double sPair = s - 2 * sqrtS * k;

        // Hard photons in their rest frame (canonical axes), 1/(1 - c^2) sampled exactly.
        double c = Math.tanh(restRapidity * (2 * rng.nextDouble() - 1));
        double sn = Math.sqrt(Math.max(0, (1 - c) * (1 + c)));
        double phi = 2 * Math.PI * rng.nextDouble();
        double e = 0.5 * Math.sqrt(sPair);
        weight *= 0.5 * DiphotonBornGenerator.differentialCrossSection(sPair, c) * (1 - c) * (1 + c) * 2 * restRapidity;
        int i1 = out.add(22, GenParticle.FINAL, e * sn * Math.cos(phi), e * sn * Math.sin(phi), e * c, e);
        int i2 = out.add(22, GenParticle.FINAL, -e * sn * Math.cos(phi), -e * sn * Math.sin(phi), -e * c, e);
        int iIsr = out.add(22, GenParticle.FINAL, gx, gy, gz, k);
        double[] mom = out.momenta();
        double ePair = sqrtS - k;
        Boost.apply(-gx / ePair, -gy / ePair, -gz / ePair, mom, 4 * i1);
        Boost.apply(-gx / ePair, -gy / ePair, -gz / ePair, mom, 4 * i2);
        if (applyCmCuts && !(inside(mom, i1) && inside(mom, i2))) {
            weight = 0;
        }
        frame.allToLab(out, i1);
        for (int i = i1; i <= iIsr; i++) {
            out.setMothers(i, 0, 1);
        }
        frame.placeAtVertex(out, i1);
        out.setWeight(weight);
        return weight;
    }

    /** The CM-frame cuts on a hard photon (canonical axes: z along the e- beam). */
    private boolean inside(double[] mom, int i) {
        double px = mom[4 * i];
        double py = mom[4 * i + 1];
        double pz = mom[4 * i + 2];
        double e = mom[4 * i + 3];
        double cos = pz / Math.sqrt(px * px + py * py + pz * pz);
        return e > eStarMin && Math.abs(cos) < cosCut;
    }
}
