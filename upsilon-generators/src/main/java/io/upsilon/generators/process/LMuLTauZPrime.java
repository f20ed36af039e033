package io.upsilon.generators.process;

import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.pdg.SignalParticleIds;

/**
 * The L_mu - L_tau Z' of the basf2 MadGraph model generators/madgraph/models/Lmu_minus_Ltau_UFO
 * (Eq. 2.12 of R. Essig et al., JHEP 02 (2015) 157, arXiv:1412.0018): a vector boson of mass M coupling with strength
 * g' to mu, tau (vector) and to left-handed nu_mu, nu_tau, optionally to a light Dirac dark fermion
 * chi. Tree-level partial widths ([S] basf2 generators/madgraph/models/Lmu_minus_Ltau_UFO/decays.py):
 *
 * <pre>
 *   Gamma(Z' -&gt; l+ l-)      = g'^2 M / (12 pi) (1 + 2 m_l^2/M^2) sqrt(1 - 4 m_l^2/M^2),  l = mu, tau
 *   Gamma(Z' -&gt; nu nubar)   = g'^2 M / (24 pi)  per flavour (nu_mu, nu_tau)
 * </pre>
 *
 * Invisible scenarios ({@code scenario} parameter): 0 = "vanilla", the invisible width is nu nubar
 * only; 1 = "fully invisible", Z' -&gt; chi chibar dominates, BR(invisible) = 1 (m_chi &lt;&lt; M, g_chi
 * &gt;&gt; g'), as in the two Belle II searches.
 */
public final class LMuLTauZPrime {
    /** PDG id used for the Z' in events: 32, the PDG Monte Carlo code of a neutral Z'. */
    public static final int PDG_ID = SignalParticleIds.Z_PRIME;

    /** Decay channels, in the order of {@link #branchingFractions()}. */
    public enum Channel {
        /** nu_mu nubar_mu (scenario 0) */
        NU_MU,
        /** nu_tau nubar_tau (scenario 0) */
        NU_TAU,
        /** mu+ mu- */
        MU_MU,
        /** tau+ tau- */
        TAU_TAU,
        /** dark fermions chi chibar (scenario 1): the Z' is written as an invisible final-state particle */
        DARK
    }

    private final double mass;
    private final double gprime;
    private final int scenario;
    private final double[] partial = new double[Channel.values().length];
    private final double total;

    /**
     * @param mass Z' mass M in GeV (&gt; 0)
     * @param gprime coupling g' (&gt; 0)
     * @param scenario 0 (invisible = nu nubar) or 1 (BR(invisible) = 1)
     */
    public LMuLTauZPrime(double mass, double gprime, int scenario) {
        if (!(mass > 0) || !Double.isFinite(mass)) {
            throw new IllegalArgumentException("Z' mass must be > 0, got " + mass);
        }
        if (!(gprime > 0) || !Double.isFinite(gprime)) {
            throw new IllegalArgumentException("g' must be > 0, got " + gprime);
        }
        if (scenario != 0 && scenario != 1) {
            throw new IllegalArgumentException("scenario must be 0 or 1, got " + scenario);
        }
        this.mass = mass;
        this.gprime = gprime;
        this.scenario = scenario;
        ParticleTable table = ParticleTable.standard();
        double g2 = gprime * gprime;
        if (scenario == 0) {
            partial[Channel.NU_MU.ordinal()] = g2 * mass / (24 * Math.PI);
            partial[Channel.NU_TAU.ordinal()] = g2 * mass / (24 * Math.PI);
            partial[Channel.MU_MU.ordinal()] =
                    leptonWidth(g2, mass, table.byId(13).mass());
            partial[Channel.TAU_TAU.ordinal()] =
                    leptonWidth(g2, mass, table.byId(15).mass());
        } else {
            // Only the ratio matters: BR(chi chibar) = 1.
            partial[Channel.DARK.ordinal()] = 1;
        }
        double t = 0;
        for (double w : partial) {
            t += w;
        }
        this.total = t;
    }

    /** Gamma(Z' -&gt; l+ l-) for coupling squared g2, Z' mass M and lepton mass ml (0 below threshold). */
    public static double leptonWidth(double g2, double mass, double ml) {
        double r = ml * ml / (mass * mass);
        if (4 * r >= 1) {
            return 0;
        }
        return g2 * mass / (12 * Math.PI) * (1 + 2 * r) * Math.sqrt(1 - 4 * r);
    }

    public double mass() {
        return mass;
    }

    public double gprime() {
        return gprime;
    }

    public int scenario() {
        return scenario;
    }

    /**
     * Total width from the SM-lepton channels in GeV (scenario 0); NaN in scenario 1, where it is
     * set by the unknown dark coupling.
     */
    public double totalWidth() {
        return scenario == 0 ? total : Double.NaN;
    }

    /** Branching fractions indexed by {@link Channel#ordinal()}. */
    public double[] branchingFractions() {
        double[] br = new double[partial.length];
        for (int i = 0; i < br.length; i++) {
            br[i] = partial[i] / total;
        }
        return br;
    }

    /** BR(Z' -&gt; invisible): nu nubar in scenario 0, 1 in scenario 1. */
    public double invisibleBranchingFraction() {
        double[] br = branchingFractions();
        return br[Channel.NU_MU.ordinal()] + br[Channel.NU_TAU.ordinal()] + br[Channel.DARK.ordinal()];
    }

    /** The channel for a uniform random number u in [0, 1). */
    Channel pick(double u) {
        double acc = 0;
        Channel[] all = Channel.values();
        for (int i = 0; i < all.length; i++) {
            acc += partial[i] / total;
            if (u < acc && partial[i] > 0) {
                return all[i];
            }
        }
        // rounding at u -> 1: the last open channel
        for (int i = all.length - 1; i >= 0; i--) {
            if (partial[i] > 0) {
                return all[i];
            }
        }
        throw new IllegalStateException("no open Z' decay channel");
    }
}
