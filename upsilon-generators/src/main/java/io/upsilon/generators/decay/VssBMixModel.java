package io.upsilon.generators.decay;

import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.random.RandomStream;
import java.util.List;

/**
 * EvtGen's {@code VSS_BMIX dm}: a vector (the Upsilon(4S)) to a coherent C-odd pair of neutral B
 * mesons with mixing (behaviour of EvtGen's {@code src/EvtGenModels/EvtVSSBMixCPT.cpp}; the
 * time evolution is the standard one of an entangled B0 anti-B0 pair, e.g. the PDG 2024 review
 * "B0-B0bar mixing", Navas et al., Phys. Rev. D 110 (2024) 030001).
 *
 * <p>Each event draws the two proper decay times t1, t2 and whether the pair is mixed from
 *
 * <pre>
 *   dN/dt1 dt2 = Gamma^2 e^(-Gamma (t1 + t2)) [1 +- cos(dm (t1 - t2))] / 2   (+ unmixed, - mixed),
 * </pre>
 *
 * with Gamma = 1/tau from the daughters' lifetime and dm from the argument in hbar/s (EvtGen's
 * unit: {@code 0.5069e12} is 0.5069 ps^-1). As in EvtGen, <b>each daughter is written as the
 * flavour it has when it decays</b>: an unmixed pair is B0 anti-B0, a mixed pair B0 B0 or anti-B0
 * anti-B0 (each with probability 1/2). The decay engine ({@link HadronDecayer}) then decays each B
 * at exactly its drawn proper time, so the vertices carry Delta t = t1 - t2. Which of the two B's
 * of a mixed pair "oscillated" is not defined (only Delta t is observable for an entangled pair).
 *
 * <p>Daughters: two (B0 anti-B0, or aliases of them), or EvtGen's four-daughter alias form {@code
 * B0sig anti-B0sig B0 anti-B0}: then the first B is one of the first two (the signal aliases) and
 * the second one of the last two (the generic B's), so each event has one signal B. The CP side of
 * a pair whose B decays through {@link SsdCpModel} is resampled by the engine from the CP
 * time-dependent rate (see there).
 *
 * <p>Arguments: {@code dm} [, Delta Gamma/Gamma [, |q/p| [, arg(q/p)]]]; Upsilon implements Delta
 * Gamma = 0 and |q/p| = 1 (for B0: Delta Gamma/Gamma = 0.001 +- 0.010 and |q/p| - 1 below 10^-3,
 * PDG 2024), so any other value is rejected rather than ignored; arg(q/p) does not enter
 * flavour-specific decays. EvtGen's longer argument lists (decay amplitudes, CPT violation) are
 * rejected for the same reason. Angular distribution: as {@code VSS} (sin^2 theta about the beam
 * for an Upsilon(4S) made by e+e- annihilation). Stateless.
 */
final class VssBMixModel implements DecModel {
    private final double deltaM;
    private final double tau;
    private final boolean fourDaughters;

    VssBMixModel(ParticleData parent, List<ParticleData> daughters, double[] args) {
        if (daughters.size() != 2 && daughters.size() != 4) {
            throw new IllegalArgumentException(
                    "VSS_BMIX expects 2 daughters (B0 anti-B0) or 4 (B0sig anti-B0sig B0 anti-B0), got "
                            + daughters.size());
        }
        if (args.length < 1 || args.length > 4) {
            throw new IllegalArgumentException("VSS_BMIX expects 1 to 4 arguments (dm in hbar/s [, Delta Gamma/Gamma"
                    + " [, |q/p| [, arg(q/p)]]]), got " + args.length);
        }
        if (!(args[0] > 0) || !Double.isFinite(args[0])) {
            throw new IllegalArgumentException(
                    "VSS_BMIX: dm must be positive (hbar/s, e.g. 0.5069e12), got " + args[0]);
        }
        if (args.length > 1 && args[1] != 0) {
            throw new IllegalArgumentException("VSS_BMIX: only Delta Gamma/Gamma = 0 is implemented, got " + args[1]);
        }
        if (args.length > 2 && args[2] != 1) {
            throw new IllegalArgumentException("VSS_BMIX: only |q/p| = 1 is implemented, got " + args[2]);
        }
        DecModelSupport.requireSpin("VSS_BMIX", "a parent", parent, 2);
        for (int i = 0; i < daughters.size(); i++) {
            DecModelSupport.requireSpin("VSS_BMIX", "daughter " + (i + 1), daughters.get(i), 0);
        }
        for (int i = 0; i + 1 < daughters.size(); i += 2) {
            if (daughters.get(i).id() != -daughters.get(i + 1).id()
                    || daughters.get(i).id() == 0) {
                throw new IllegalArgumentException("VSS_BMIX expects daughters " + (i + 1) + " and " + (i + 2)
                        + " to be charge conjugates, got " + daughters.get(i).name() + " "
                        + daughters.get(i + 1).name());
            }
        }
        if (daughters.size() == 4 && daughters.get(0).id() != daughters.get(2).id()) {
            throw new IllegalArgumentException("VSS_BMIX with 4 daughters expects 1 = 3 and 2 = 4 up to aliases, got "
                    + daughters.get(0).name() + " and " + daughters.get(2).name());
        }
        double lifetime = daughters.get(0).lifetime();
        if (!(lifetime > 0) || !Double.isFinite(lifetime)) {
            throw new IllegalArgumentException("VSS_BMIX needs daughters with a finite lifetime, got "
                    + daughters.get(0).name());
        }
        this.deltaM = args[0];
        this.tau = lifetime;
        this.fourDaughters = daughters.size() == 4;
    }

    /** The mass difference dm, hbar/s (= s^-1). */
    double deltaM() {
        return deltaM;
    }

    /** The B lifetime tau = 1/Gamma, s. */
    double tau() {
        return tau;
    }

    /**
     * The index in the decay line's daughter list of output B {@code k} (0 or 1) with flavour
     * {@code f} (+1: the species of the first daughter of the line, usually B0; -1: its conjugate).
     */
    int slot(int k, int f) {
        int base = fourDaughters && k == 1 ? 2 : 0;
        return base + (f > 0 ? 0 : 1);
    }

    /** The sum of the masses of the two B's actually produced (the threshold of the channel). */
    static double threshold(double[] nominal) {
        return nominal[0] + nominal[1];
    }

    /**
     * Draws the flavour-specific pair: writes t1, t2 (proper times, s) to {@code out[0..1]} and the
     * flavours at decay f1, f2 (+1 or -1, see {@link #slot}) to {@code out[2..3]}.
     */
    void sampleFlavourSpecific(RandomStream rng, double[] out) {
        double t1 = tau * rng.nextExponential();
        double t2 = tau * rng.nextExponential();
        boolean mixed = 2 * rng.nextDouble() < 1 - Math.cos(deltaM * (t1 - t2));
        double f1 = rng.nextDouble() < 0.5 ? 1 : -1;
        out[0] = t1;
        out[1] = t2;
        out[2] = f1;
        out[3] = mixed ? f1 : -f1;
    }

    @Override
    public void generate(double parentMass, double[] masses, double[] helicityAxis, RandomStream rng, double[] out) {
        double c;
        if (helicityAxis == null) {
            c = 2 * rng.nextDouble() - 1;
        } else {
            c = Math.cbrt(2 * rng.nextDouble() - 1); // helicity 0: cos^2 theta, as VSS
        }
        DecModelSupport.twoBody(parentMass, masses[0], masses[1], c, 2 * Math.PI * rng.nextDouble(), helicityAxis, out);
    }

    @Override
    public void generateTransverse(
            double parentMass, double[] masses, double[] beamAxis, RandomStream rng, double[] out) {
        double c = DecModelSupport.cosineOnePlusKCos2(-1, rng); // sin^2 theta about the beam
        DecModelSupport.twoBody(parentMass, masses[0], masses[1], c, 2 * Math.PI * rng.nextDouble(), beamAxis, out);
    }
}
