package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.kinematics.Boost;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.units.PhysicalConstants;
import io.upsilon.generators.amplitude.EeThreePhotonAmplitude;

/**
 * e+e- -&gt; gamma gamma gamma at tree level with the exact matrix element ({@link
 * EeThreePhotonAmplitude}: all six orderings of the photons on the electron line, electron mass
 * kept), inside generation cuts on every photon in the CM frame ({@link ThreePhotonRegion}):
 *
 * <pre>
 *   sigma = (1/3!) (1 / (2 s beta)) integral dPhi_3 (1/4) sum |M|^2 e^6   (beta = sqrt(1 - 4 m_e^2/s)).
 * </pre>
 *
 * <p>Phase space (weighted events; {@link Unweighter} works on them) is a three-channel mixture
 * following the pole structure of the matrix element, |M|^2 ~ sum_i s / (p1.k_i p2.k_i) x
 * (two-photon Born): channel i, chosen with probability 1/3, draws photon i as a "radiated" photon
 * with dE/E between the energy cut and sqrt(s)/2 and a polar angle from 1/(1 - cos^2) inside the
 * angular cut, then splits the recoiling system into the other two photons in its rest frame, with
 * a polar angle from a mixture of a flat density (which covers every direction) and 1/(1 - cos^2)
 * up to 0.5 degree of the beam axis (the collinear peaks of the hard pair). The event weight
 * divides by the sum of the three channel densities, so every channel is used at every point and
 * the estimate is unbiased whatever the channel mixture.
 *
 * <p>No structure-function ISR is added: the exact matrix element is the O(alpha) real correction to
 * e+e- -&gt; gamma gamma with one hard photon at wide angle; see {@link ThreePhotonRegion} for the
 * matching to {@code ee-gammagamma}'s leading-log photon.
 */
public final class ThreePhotonGenerator implements EventGenerator {
    /** Angle (deg) to the beam axis within which the rest-frame pair angle keeps only the flat density. */
    static final double REST_FRAME_PEAK_CUT_DEG = 0.5;

    private static final int[] FINAL_STATE = {22, 22, 22};

    private final ThreePhotonRegion region;
    private final CollisionFrame frame;
    private final EeThreePhotonAmplitude amplitude;
    private final double electronMass;
    private final double rapidityMax;
    private final double restCosMax;
    private final double restRapidity;
    private final double[] p = new double[20];
    private final double[] k = new double[12];
    private final double[] scratch = new double[4];

    /**
     * @param beam the beams
     * @param region the generation cuts on the three photons (CM frame)
     */
    public ThreePhotonGenerator(Beam beam, ThreePhotonRegion region) {
        this.region = region;
        this.frame = new CollisionFrame(beam);
        this.electronMass = ParticleTable.standard().byId(11).mass();
        this.amplitude = new EeThreePhotonAmplitude(electronMass);
        double cmax = region.cosMax();
        this.rapidityMax = 0.5 * Math.log((1 + cmax) / (1 - cmax));
        this.restCosMax = Math.cos(Math.toRadians(REST_FRAME_PEAK_CUT_DEG));
        this.restRapidity = 0.5 * Math.log((1 + restCosMax) / (1 - restCosMax));
    }

    @Override
    public double generate(RandomStream beamRng, RandomStream rng, EventBuffer out) {
        out.clear();
        frame.sample(beamRng);
        frame.addBeams(out);
        double s = frame.s();
        double w = generateInCm(s, rng);
        frame.addFinalState(out, FINAL_STATE, k, 0);
        out.setWeight(w);
        return w;
    }

    /**
     * Draws the three photons into {@code k} (canonical CM frame, e- along +z) at this s and returns
     * the weight in nb (0 outside the cuts).
     */
    double generateInCm(double s, RandomStream rng) {
        double sqrtS = Math.sqrt(s);
        double eMin = region.energyMin();
        double eMax = 0.5 * sqrtS;
        int ch = Math.min(2, (int) (3 * rng.nextDouble()));
        double logRange = Math.log(eMax / eMin);
        double rE = rng.nextDouble();
        double rC = rng.nextDouble();
        double rPhi = rng.nextDouble();
        double rMix = rng.nextDouble();
        double rStar = rng.nextDouble();
        double rPhiStar = rng.nextDouble();
        java.util.Arrays.fill(k, 0);
        if (!(logRange > 0)) {
            return 0;
        }
        // the radiated photon ch
        double e = eMin * Math.exp(logRange * rE);
        double c = Math.tanh(rapidityMax * (2 * rC - 1));
        double sn = Math.sqrt(Math.max(0, (1 - c) * (1 + c)));
        double phi = 2 * Math.PI * rPhi;
        int o = 4 * ch;
        k[o] = e * sn * Math.cos(phi);
        k[o + 1] = e * sn * Math.sin(phi);
        k[o + 2] = e * c;
        k[o + 3] = e;
        // the other two back to back in the rest frame of Q = P - k_ch
        double eq = sqrtS - e;
        double m2 = s - 2 * sqrtS * e;
        if (!(m2 > 0)) {
            return 0;
        }
        double cs = rMix < 0.5 ? 2 * rStar - 1 : Math.tanh(restRapidity * (2 * rStar - 1));
        double sns = Math.sqrt(Math.max(0, (1 - cs) * (1 + cs)));
        double phs = 2 * Math.PI * rPhiStar;
        double half = 0.5 * Math.sqrt(m2);
        int j = 4 * ((ch + 1) % 3);
        int l = 4 * ((ch + 2) % 3);
        k[j] = half * sns * Math.cos(phs);
        k[j + 1] = half * sns * Math.sin(phs);
        k[j + 2] = half * cs;
        k[j + 3] = half;
        k[l] = -k[j];
        k[l + 1] = -k[j + 1];
        k[l + 2] = -k[j + 2];
        k[l + 3] = half;
        double vx = -k[o] / eq;
        double vy = -k[o + 1] / eq;
        double vz = -k[o + 2] / eq;
        Boost.apply(vx, vy, vz, k, j);
        Boost.apply(vx, vy, vz, k, l);
        for (int i = 0; i < 3; i++) {
            if (!region.acceptsCm(k[4 * i], k[4 * i + 1], k[4 * i + 2], k[4 * i + 3])) {
                return 0;
            }
        }
        double density = 0;
        for (int i = 0; i < 3; i++) {
            density += channelDensity(i, sqrtS, logRange);
        }
        density /= 3;
        // |M|^2 with the beams along +-z (massive electrons) and the photons.
        double eb = 0.5 * sqrtS;
        double pz = Math.sqrt(Math.max(0, eb * eb - electronMass * electronMass));
        java.util.Arrays.fill(p, 0, 8, 0);
        p[2] = pz;
        p[3] = eb;
        p[6] = -pz;
        p[7] = eb;
        System.arraycopy(k, 0, p, 8, 12);
        double m2Summed = amplitude.summedSquared(p);
        double e2 = 4 * Math.PI * PhysicalConstants.ALPHA;
        double beta = Math.sqrt(1 - 4 * electronMass * electronMass / s);
        double flux = 1 / (2 * s * beta);
        return flux * e2 * e2 * e2 * 0.25 * m2Summed / 6 / density * PhysicalConstants.HBARC2_GEV2_NB;
    }

    /** The photons of the last {@link #generateInCm} call, (px, py, pz, E) x 3 (a live view, for tests). */
    double[] photonsCm() {
        return k;
    }

    /**
     * Density of channel i at the point in {@code k}, per unit of the Lorentz-invariant phase space
     * dPhi_3 = E_i / (512 pi^5) dE_i dcos_i dphi_i dcos* dphi*.
     */
    private double channelDensity(int i, double sqrtS, double logRange) {
        int o = 4 * i;
        double e = k[o + 3];
        double c = k[o + 2] / e;
        double gE = 1 / (e * logRange);
        double gC = 1 / (2 * rapidityMax * (1 - c) * (1 + c));
        int j = 4 * ((i + 1) % 3);
        double eq = sqrtS - e;
        System.arraycopy(k, j, scratch, 0, 4);
        Boost.apply(k[o] / eq, k[o + 1] / eq, k[o + 2] / eq, scratch, 0);
        double cs = scratch[2] / Math.sqrt(scratch[0] * scratch[0] + scratch[1] * scratch[1] + scratch[2] * scratch[2]);
        double gStar = 0.25;
        if (Math.abs(cs) < restCosMax) {
            gStar += 0.5 / (2 * restRapidity * (1 - cs) * (1 + cs));
        }
        return gE * gC * gStar * 128 * Math.PI * Math.PI * Math.PI / e;
    }
}
