package io.upsilon.generators.decay;

import io.upsilon.core.kinematics.Boost;
import io.upsilon.core.kinematics.Frames;
import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.random.RandomStream;
import java.util.Arrays;
import java.util.List;

/**
 * What the rare B decay models ({@link KnunuModel}, {@link KstarNunuModel}, {@link BToSllBszModel})
 * share: drawing q^2 from a rate by accept-reject, and building the four-momenta of B -&gt; H l1 l2
 * from (q^2, theta_l, theta_H, phi).
 *
 * <p>q^2 is drawn uniformly in q^2 (neutrinos) or in ln q^2 (charged leptons: the photon pole of
 * C7 makes dGamma/dq^2 ~ 1/q^2 near threshold, flat in ln q^2), accepted with probability
 * density / bound. The bound is 1.3 times the largest density on 400 grid points, found once per 10
 * MeV bin of the hadron's mass (a K* gets a Breit-Wigner mass) and raised to 1.3 times any larger
 * value met later ({@link #raisedCount()}, zero in the tests); it is reset if the parent or lepton
 * masses move by more than 0.1 MeV. Not thread-safe: one per model instance.
 *
 * <p>Angles ({@link #build}): in the B rest frame the hadron H flies along e_z. theta_l is the angle
 * between lepton A and e_z in the dilepton rest frame (e_z is there the direction of flight of the B
 * and of H, i.e. opposite to the dilepton's own direction of flight in the B frame); theta_H is the
 * angle between the hadron's first decay product and e_z (H's direction of flight) in the H rest
 * frame; phi is the azimuth of lepton A about e_z minus that of the hadron's first product, both
 * measured in the right-handed frame (e_x, e_y, e_z) (azimuths about e_z do not change under the
 * boosts along it). The orientation of (e_x, e_y, e_z) is random (the B is spin 0).
 */
final class RareDecaySampling {
    /** The density to draw q^2 from (any normalisation). */
    interface Density {
        /** The density at q^2 for this parent and hadron mass. */
        double at(double parentMass, double hadronMass, double q2);
    }

    private static final int GRID = 400;
    private static final double SAFETY = 1.3;
    private static final double MASS_TOLERANCE = 1e-4; // GeV
    private static final double HADRON_MASS_BIN = 0.01; // GeV

    private final Density density;
    private final boolean logarithmic;
    private double boundParent = Double.NaN;
    private double boundLight = Double.NaN;
    private double[] boundByBin = new double[0];
    private long raised;
    private final double[] ez = new double[3];
    private final double[] ex = new double[3];
    private final double[] dir = new double[3];

    /**
     * @param density the q^2 density
     * @param logarithmic draw ln q^2 uniformly (charged leptons) instead of q^2 (neutrinos)
     */
    RareDecaySampling(Density density, boolean logarithmic) {
        this.density = density;
        this.logarithmic = logarithmic;
    }

    /** How many times a density above the bound raised it (each a small bias; zero in the tests). */
    long raisedCount() {
        return raised;
    }

    /**
     * Draws q^2 in [(mA + mB)^2, (M - mH)^2] from the density.
     *
     * @param lightSum mA + mB, the leptons' mass sum
     */
    double sampleQ2(double parentMass, double hadronMass, double lightSum, RandomStream rng) {
        double lo = Math.max(lightSum * lightSum, logarithmic ? 1e-8 : 0);
        double hi = (parentMass - hadronMass) * (parentMass - hadronMass);
        if (!(hi > lo)) {
            throw new IllegalStateException("no phase space for a parent of mass " + parentMass
                    + " to a hadron of mass " + hadronMass + " and leptons of mass sum " + lightSum);
        }
        double tLo = logarithmic ? Math.log(lo) : lo;
        double tHi = logarithmic ? Math.log(hi) : hi;
        int bin = bin(parentMass, hadronMass, lightSum, tLo, tHi);
        double bound = boundByBin[bin];
        while (true) {
            double t = tLo + (tHi - tLo) * rng.nextDouble();
            double q2 = logarithmic ? Math.exp(t) : t;
            if (!(q2 > 0)) {
                continue;
            }
            double w = density.at(parentMass, hadronMass, q2) * (logarithmic ? q2 : 1);
            if (w > bound) {
                raised++;
                boundByBin[bin] = SAFETY * w;
            }
            if (rng.nextDouble() * bound <= w) {
                return q2;
            }
        }
    }

    private int bin(double parentMass, double hadronMass, double lightSum, double tLo, double tHi) {
        if (!(Math.abs(parentMass - boundParent) <= MASS_TOLERANCE)
                || !(Math.abs(lightSum - boundLight) <= MASS_TOLERANCE)) {
            boundParent = parentMass;
            boundLight = lightSum;
            boundByBin = new double[0];
        }
        int bin = Math.max(0, (int) (hadronMass / HADRON_MASS_BIN));
        if (bin >= boundByBin.length) {
            int old = boundByBin.length;
            boundByBin = Arrays.copyOf(boundByBin, bin + 1);
            Arrays.fill(boundByBin, old, bin + 1, Double.NaN);
        }
        if (Double.isNaN(boundByBin[bin])) {
            double max = 0;
            for (int i = 0; i <= GRID; i++) {
                double t = tLo + (tHi - tLo) * i / GRID;
                double q2 = logarithmic ? Math.exp(t) : t;
                if (q2 > 0) {
                    max = Math.max(max, density.at(parentMass, hadronMass, q2) * (logarithmic ? q2 : 1));
                }
            }
            if (!(max > 0)) {
                throw new IllegalStateException("the rate vanishes for a parent of mass " + parentMass);
            }
            boundByBin[bin] = SAFETY * max;
        }
        return bin;
    }

    /**
     * Writes the four-momenta of B -&gt; H A B' in the B rest frame at {@code out[4 iH]}, {@code
     * out[4 iA]}, {@code out[4 iB]} for these angles (class comment), and, if {@code hadronFirst}
     * is not null, at {@code hadronFirst[0..3]} a light-like four-vector along the direction (in the
     * H rest frame) of H's first decay product, carried to the B frame. With {@code mirror} every
     * momentum is reversed (parity: the CP conjugate of a B-bar configuration, see the models).
     */
    void build(
            double parentMass,
            double hadronMass,
            double massA,
            double massB,
            double q2,
            double cosL,
            double cosH,
            double phi,
            boolean mirror,
            RandomStream rng,
            double[] out,
            int iH,
            int iA,
            int iB,
            double[] hadronFirst) {
        DecayKinematics.randomDirection(rng, ez, 0);
        Frames.direction(0, 2 * Math.PI * rng.nextDouble(), ez[0], ez[1], ez[2], ex, 0);
        double eyx = ez[1] * ex[2] - ez[2] * ex[1];
        double eyy = ez[2] * ex[0] - ez[0] * ex[2];
        double eyz = ez[0] * ex[1] - ez[1] * ex[0];
        double lam = Math.max(0, RareBDecays.kallen(parentMass * parentMass, hadronMass * hadronMass, q2));
        double pH = Math.sqrt(lam) / (2 * parentMass);
        double eH = Math.sqrt(pH * pH + hadronMass * hadronMass);
        DecayKinematics.set(out, 4 * iH, pH, ez[0], ez[1], ez[2], hadronMass);
        double eq = parentMass - eH;
        double mq = Math.sqrt(q2);
        double pStar = Math.sqrt(Math.max(0, RareBDecays.kallen(q2, massA * massA, massB * massB))) / (2 * mq);
        double sinL = Math.sqrt(Math.max(0, (1 - cosL) * (1 + cosL)));
        double cx = sinL * Math.cos(phi);
        double cy = sinL * Math.sin(phi);
        dir[0] = cx * ex[0] + cy * eyx + cosL * ez[0];
        dir[1] = cx * ex[1] + cy * eyy + cosL * ez[1];
        dir[2] = cx * ex[2] + cy * eyz + cosL * ez[2];
        DecayKinematics.set(out, 4 * iA, pStar, dir[0], dir[1], dir[2], massA);
        double bq = -pH / eq; // the dilepton flies along -e_z
        Boost.apply(bq * ez[0], bq * ez[1], bq * ez[2], out, 4 * iA);
        // B' = (pair) - A: exact four-momentum balance even for an e+e- pair boosted by gamma ~ 1e3
        out[4 * iB] = -pH * ez[0] - out[4 * iA];
        out[4 * iB + 1] = -pH * ez[1] - out[4 * iA + 1];
        out[4 * iB + 2] = -pH * ez[2] - out[4 * iA + 2];
        out[4 * iB + 3] = eq - out[4 * iA + 3];
        if (hadronFirst != null) {
            double sinH = Math.sqrt(Math.max(0, (1 - cosH) * (1 + cosH)));
            hadronFirst[0] = sinH * ex[0] + cosH * ez[0];
            hadronFirst[1] = sinH * ex[1] + cosH * ez[1];
            hadronFirst[2] = sinH * ex[2] + cosH * ez[2];
            hadronFirst[3] = 1;
            double bh = pH / eH;
            Boost.apply(bh * ez[0], bh * ez[1], bh * ez[2], hadronFirst, 0);
        }
        if (mirror) {
            reverse(out, 4 * iH);
            reverse(out, 4 * iA);
            reverse(out, 4 * iB);
            if (hadronFirst != null) {
                reverse(hadronFirst, 0);
            }
        }
    }

    private static void reverse(double[] v, int off) {
        v[off] = -v[off];
        v[off + 1] = -v[off + 1];
        v[off + 2] = -v[off + 2];
    }

    /**
     * The roles of a rare decay line's daughters: {hadron, lepton A, lepton B, mirror (1 or 0)}.
     * Lepton A is the one whose angle the formulas of the B-bar (b quark) decay use (the neutrino or
     * the l-); for a B (anti-b, positive PDG id) decay it is the antilepton and the configuration is
     * mirrored (the CP conjugate: particles exchanged and all momenta reversed).
     *
     * @param hadronTwoJ the hadron's 2J (0 for a K, 2 for a K*), or -1 for either
     * @param neutrinos whether the leptons must be neutrinos (else charged leptons)
     */
    static int[] roles(
            String model, ParticleData parent, List<ParticleData> daughters, int hadronTwoJ, boolean neutrinos) {
        if (daughters.size() != 3) {
            throw new IllegalArgumentException(
                    model + " expects 3 daughters (a meson and a lepton pair), got " + daughters.size());
        }
        DecModelSupport.requireSpin(model, "a parent", parent, 0);
        int hadron = -1;
        int particle = -1;
        int anti = -1;
        for (int i = 0; i < 3; i++) {
            int id = daughters.get(i).id();
            int abs = Math.abs(id);
            boolean lepton = neutrinos ? abs == 12 || abs == 14 || abs == 16 : abs == 11 || abs == 13 || abs == 15;
            if (lepton && id > 0 && particle < 0) {
                particle = i;
            } else if (lepton && id < 0 && anti < 0) {
                anti = i;
            } else if (hadron < 0 && !lepton) {
                hadron = i;
            } else {
                hadron = -2;
            }
        }
        String pair = neutrinos ? "a neutrino and an antineutrino" : "a lepton and its antilepton (l- l+)";
        if (hadron < 0 || particle < 0 || anti < 0) {
            throw new IllegalArgumentException(model + " expects a meson, " + pair + ", got " + names(daughters));
        }
        if (!neutrinos && daughters.get(particle).id() != -daughters.get(anti).id()) {
            throw new IllegalArgumentException(model + " expects " + pair + " of one flavour, got " + names(daughters));
        }
        if (hadronTwoJ >= 0) {
            DecModelSupport.requireSpin(model, "the meson", daughters.get(hadron), hadronTwoJ);
        }
        boolean mirror = parent.id() > 0;
        return new int[] {hadron, mirror ? anti : particle, mirror ? particle : anti, mirror ? 1 : 0};
    }

    private static String names(List<ParticleData> ps) {
        StringBuilder sb = new StringBuilder();
        for (ParticleData p : ps) {
            sb.append(sb.length() == 0 ? "" : " ").append(p.name());
        }
        return sb.toString();
    }
}
