package io.upsilon.generators.decay;

import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.random.RandomStream;
import java.util.List;

/**
 * EvtGen's {@code SSD_CP}: time-dependent CP violation in the decay of a neutral B to a CP
 * eigenstate f (behaviour of EvtGen's {@code src/EvtGenModels/EvtSSDCP.cpp}), e.g. B0 -&gt; J/psi
 * K_S0. Arguments as EvtGen's eight-argument form:
 *
 * <pre>
 *   dm [hbar/s], Delta Gamma/Gamma, |q/p|, arg(q/p), |A_f|, arg A_f, |Abar_f|, arg Abar_f
 * </pre>
 *
 * (magnitudes may carry a sign, as in EvtGen's files where |Abar_f| = -1 is the CP eigenvalue of
 * J/psi K_S0). With lambda_f = (q/p) Abar_f / A_f (PDG 2024 review "CP violation in the quark
 * sector", Navas et al., Phys. Rev. D 110 (2024) 030001):
 *
 * <pre>
 *   S = 2 Im(lambda_f) / (1 + |lambda_f|^2),   C = (1 - |lambda_f|^2) / (1 + |lambda_f|^2)   (Belle's A = -C).
 * </pre>
 *
 * E.g. {@code SSD_CP dm 0.0 1.0 -0.7881 1.0 0.0 -1.0 0.0} (arg(q/p) = -2 phi_1) gives S = sin(0.7881)
 * = 0.709, the HFLAV/PDG 2024 world average of sin 2 phi_1 from b -&gt; c cbar s, and C = 0.
 *
 * <p>In a coherent Upsilon(4S) pair ({@link VssBMixModel}) the decay engine draws, for the B that
 * decays to f (the "signal" B) and the other B (the "tag", decaying to a flavour-specific final
 * state of flavour q = +1 for B0, -1 for anti-B0), Delta t = t_sig - t_tag and q from
 *
 * <pre>
 *   P(Delta t, q) = Gamma e^(-Gamma |Delta t|) / 4 {1 + q [S sin(dm Delta t) - C cos(dm Delta t)]}
 * </pre>
 *
 * ({@link #sampleDeltaT}); t_sig + t_tag then follows from e^(-Gamma (t_sig + t_tag)). Outside a
 * coherent pair the model decays the B with its ordinary lifetime and no CP asymmetry. Only Delta
 * Gamma = 0 is implemented (B0: 0.001 +- 0.010, PDG 2024). Kinematics: S -&gt; S S is isotropic;
 * for S -&gt; V S (J/psi K_S0) the vector is left in the helicity-0 state along its flight direction
 * and its own decay is aligned to it, as with {@code SVS}. Stateless.
 */
final class SsdCpModel implements DecModel {
    private final double deltaM;
    private final double s;
    private final double c;
    private final int alignedDaughter;

    SsdCpModel(ParticleData parent, List<ParticleData> daughters, double[] args) {
        if (daughters.size() != 2) {
            throw new IllegalArgumentException("SSD_CP expects 2 daughters, got " + daughters.size());
        }
        if (args.length != 8) {
            throw new IllegalArgumentException("SSD_CP expects 8 arguments (dm, Delta Gamma/Gamma, |q/p|, arg(q/p),"
                    + " |A_f|, arg A_f, |Abar_f|, arg Abar_f), got " + args.length);
        }
        DecModelSupport.requireSpin("SSD_CP", "a parent", parent, 0);
        if (!(args[0] > 0) || !Double.isFinite(args[0])) {
            throw new IllegalArgumentException("SSD_CP: dm must be positive (hbar/s), got " + args[0]);
        }
        if (args[1] != 0) {
            throw new IllegalArgumentException("SSD_CP: only Delta Gamma/Gamma = 0 is implemented, got " + args[1]);
        }
        int j0 = daughters.get(0).twoJ();
        int j1 = daughters.get(1).twoJ();
        if (j0 == 0 && j1 == 0) {
            alignedDaughter = -1;
        } else if (j0 == 2 && j1 == 0) {
            alignedDaughter = 0;
        } else if (j0 == 0 && j1 == 2) {
            alignedDaughter = 1;
        } else {
            throw new IllegalArgumentException(
                    "SSD_CP in Upsilon expects spin 0 + spin 0 or spin 1 + spin 0" + " daughters, got "
                            + daughters.get(0).name() + " " + daughters.get(1).name());
        }
        double aF = args[4];
        if (aF == 0) {
            throw new IllegalArgumentException("SSD_CP: |A_f| must not be 0");
        }
        // lambda = |q/p| e^(i phi_qp) * Abar e^(i phi_Abar) / (A e^(i phi_A))
        double mod = args[2] * args[6] / aF;
        double phase = args[3] + args[7] - args[5];
        double lambdaRe = mod * Math.cos(phase);
        double lambdaIm = mod * Math.sin(phase);
        double l2 = lambdaRe * lambdaRe + lambdaIm * lambdaIm;
        this.deltaM = args[0];
        this.s = 2 * lambdaIm / (1 + l2);
        this.c = (1 - l2) / (1 + l2);
    }

    /** S of this final state. */
    double s() {
        return s;
    }

    /** C of this final state (Belle's A = -C). */
    double c() {
        return c;
    }

    /** The mass difference dm of the time evolution, hbar/s. */
    double deltaM() {
        return deltaM;
    }

    /**
     * Draws (Delta t, q) from P(Delta t, q) for a pair with lifetime {@code tau} (s): writes Delta t
     * = t_sig - t_tag (s) to {@code out[0]} and the tag flavour q (+1 for B0) to {@code out[1]}. By
     * rejection from e^(-|Delta t|/tau) and a flat q: the bracket lies in [0, 2] because S^2 + C^2
     * &lt;= 1.
     */
    void sampleDeltaT(double tau, RandomStream rng, double[] out) {
        while (true) {
            double dt = tau * rng.nextExponential();
            if (rng.nextDouble() < 0.5) {
                dt = -dt;
            }
            double q = rng.nextDouble() < 0.5 ? 1 : -1;
            double x = deltaM * dt;
            double bracket = 1 + q * (s * Math.sin(x) - c * Math.cos(x));
            if (2 * rng.nextDouble() < bracket) {
                out[0] = dt;
                out[1] = q;
                return;
            }
        }
    }

    @Override
    public void generate(double parentMass, double[] masses, double[] helicityAxis, RandomStream rng, double[] out) {
        DecModelSupport.twoBody(
                parentMass, masses[0], masses[1], 2 * rng.nextDouble() - 1, 2 * Math.PI * rng.nextDouble(), null, out);
    }

    @Override
    public boolean alignsDaughter(int i) {
        return i == alignedDaughter;
    }
}
