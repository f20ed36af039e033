package io.upsilon.generators.process;

import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.pdg.SignalParticleIds;
import io.upsilon.core.units.PhysicalConstants;
import io.upsilon.generators.amplitude.EeFfScalarAmplitude;
import io.upsilon.generators.amplitude.RadiatedBosonAmplitude;

/**
 * A muonphilic scalar S: a CP-even scalar with a Yukawa coupling to muons only, L contains g_S S mubar mu
 * (the flavour-specific muon scalar of B. Batell, A. Freitas, A. Ismail, D. McKeen, PRD 98, 055026
 * (2018), arXiv:1712.10022; searched for by Belle II in e+e- -&gt; mu+ mu- S, S -&gt; mu+ mu-, PRD 109,
 * 112015, arXiv:2403.02841). It is radiated off the muon line ({@link EeFfScalarAmplitude}) and decays to
 * mu+ mu- and, through the muon loop, to two photons; it has no other decay. The tree-level widths are
 * the Higgs ones of A. Djouadi, Phys. Rept. 457 (2008) 1, hep-ph/0503172 (H -&gt; f fbar and H -&gt; gamma
 * gamma with one fermion in the loop) with the Yukawa coupling m_mu / v replaced by g_S:
 *
 * <pre>
 *   Gamma(S -&gt; mu+ mu-)     = g_S^2 M / (8 pi) beta^3,  beta = sqrt(1 - 4 m_mu^2 / M^2)
 *   Gamma(S -&gt; gamma gamma) = alpha^2 g_S^2 M^3 / (256 pi^3 m_mu^2) |A(tau)|^2,  tau = M^2 / (4 m_mu^2)
 *   A(tau) = 2 [tau + (tau - 1) f(tau)] / tau^2,
 *   f(tau) = arcsin^2(sqrt(tau)) (tau &lt;= 1),  -1/4 [ln((1 + sqrt(1 - 1/tau)) / (1 - sqrt(1 - 1/tau))) - i pi]^2 (tau &gt; 1)
 * </pre>
 *
 * A(tau) tends to 4/3 for a heavy muon (tau -&gt; 0). Above the mu mu threshold the two-photon branching
 * fraction is below 2e-4 (1.6e-4 at 0.22 GeV, below 1e-4 from 0.5 GeV; see the tests), so S -&gt; mu+ mu- is the signal; below it S -&gt; gamma gamma is
 * the only decay.
 */
public final class MuonphilicScalar implements RadiatedBoson {
    /** PDG id written for S in events: the id the project uses for a light dark scalar. */
    public static final int PDG_ID = SignalParticleIds.DARK_SCALAR;

    private final double mass;
    private final double coupling;
    private final double muMass;
    private final double widthMuMu;
    private final double widthGammaGamma;
    private final double widthTauTau;
    private final int forced;

    /**
     * @param mass scalar mass M in GeV (&gt; 0)
     * @param coupling Yukawa coupling g_S to muons (&gt; 0)
     * @param forceMuMu true: generate S -&gt; mu+ mu- only (weight x BR(mu mu)); false: both channels by BR
     */
    public MuonphilicScalar(double mass, double coupling, boolean forceMuMu) {
        this(mass, coupling, forceMuMu ? 13 : 0);
    }

    /**
     * The scalar with one decay forced, or none.
     *
     * <p>{@code forcedDaughter} 15 (S -&gt; tau+ tau-, the search of Belle II PRL 131, 121802) needs a
     * coupling to taus, which the muonphilic scalar lacks: it is then the leptophilic scalar of that paper
     * (Yukawa couplings proportional to the lepton mass, Batell, Freitas, Ismail, McKeen, PRD 98, 055026
     * (2018) [R]), with g_tau = g_S m_tau / m_mu and Gamma(S -&gt; tau tau) of the form of Gamma(S -&gt; mu mu); the
     * weight carries BR(tau tau) = Gamma(tau tau) / (Gamma(mu mu) + Gamma(tau tau) + Gamma(gamma gamma)),
     * the two-photon width through the muon loop only (the tau loop adds a few per cent to a width below
     * 1e-4 of the total).
     *
     * @param mass scalar mass M in GeV (&gt; 0)
     * @param coupling Yukawa coupling g_S to muons (&gt; 0)
     * @param forcedDaughter 0 (mu mu and gamma gamma by BR), 13 (mu mu forced) or 15 (tau tau forced)
     */
    public MuonphilicScalar(double mass, double coupling, int forcedDaughter) {
        if (!(mass > 0) || !Double.isFinite(mass)) {
            throw new IllegalArgumentException("scalar mass must be > 0, got " + mass);
        }
        if (!(coupling > 0) || !Double.isFinite(coupling)) {
            throw new IllegalArgumentException("g_S must be > 0, got " + coupling);
        }
        this.mass = mass;
        this.coupling = coupling;
        this.muMass = ParticleTable.standard().byId(13).mass();
        this.widthMuMu = muMuWidth(coupling, mass, muMass);
        this.widthGammaGamma = gammaGammaWidth(coupling, mass, muMass);
        if (forcedDaughter != 0 && forcedDaughter != 13 && forcedDaughter != 15) {
            throw new IllegalArgumentException("forced daughter must be 0, 13 or 15, got " + forcedDaughter);
        }
        if (forcedDaughter == 13 && widthMuMu == 0) {
            throw new IllegalArgumentException("S -> mu mu is closed at M = " + mass + " GeV");
        }
        double tauMass = ParticleTable.standard().byId(15).mass();
        this.widthTauTau = forcedDaughter == 15 ? muMuWidth(coupling * tauMass / muMass, mass, tauMass) : 0;
        if (forcedDaughter == 15 && widthTauTau == 0) {
            throw new IllegalArgumentException("S -> tau tau is closed at M = " + mass + " GeV");
        }
        this.forced = forcedDaughter;
    }

    /** Gamma(S -&gt; mu+ mu-) in GeV (0 below threshold). */
    public static double muMuWidth(double coupling, double mass, double muMass) {
        double r = 4 * muMass * muMass / (mass * mass);
        if (r >= 1) {
            return 0;
        }
        double beta = Math.sqrt(1 - r);
        return coupling * coupling * mass / (8 * Math.PI) * beta * beta * beta;
    }

    /** Gamma(S -&gt; gamma gamma) in GeV through the muon loop. */
    public static double gammaGammaWidth(double coupling, double mass, double muMass) {
        double tau = mass * mass / (4 * muMass * muMass);
        double[] a = loopAmplitude(tau);
        double a2 = a[0] * a[0] + a[1] * a[1];
        double alpha = PhysicalConstants.ALPHA;
        return alpha
                * alpha
                * coupling
                * coupling
                * mass
                * mass
                * mass
                / (256 * Math.PI * Math.PI * Math.PI * muMass * muMass)
                * a2;
    }

    /** The spin-1/2 loop amplitude A(tau) as {re, im} (formula in the class comment). */
    static double[] loopAmplitude(double tau) {
        double fRe;
        double fIm;
        if (tau <= 1) {
            double as = Math.asin(Math.sqrt(tau));
            fRe = as * as;
            fIm = 0;
        } else {
            double b = Math.sqrt(1 - 1 / tau);
            double l = Math.log((1 + b) / (1 - b));
            // -1/4 (l - i pi)^2 = -1/4 (l^2 - pi^2) + i (pi l / 2)
            fRe = -0.25 * (l * l - Math.PI * Math.PI);
            fIm = 0.5 * Math.PI * l;
        }
        double scale = 2 / (tau * tau);
        return new double[] {scale * (tau + (tau - 1) * fRe), scale * (tau - 1) * fIm};
    }

    @Override
    public double mass() {
        return mass;
    }

    /** The Yukawa coupling g_S. */
    public double coupling() {
        return coupling;
    }

    @Override
    public int pdgId() {
        return PDG_ID;
    }

    @Override
    public double couplingSquared() {
        return coupling * coupling;
    }

    @Override
    public RadiatedBosonAmplitude newAmplitude(double muonMass) {
        return new EeFfScalarAmplitude(muonMass);
    }

    /** Total width in GeV (with the tau channel only when S -&gt; tau tau is forced, see the constructor). */
    public double totalWidth() {
        return widthMuMu + widthGammaGamma + widthTauTau;
    }

    /** BR(S -&gt; tau+ tau-): 0 unless S -&gt; tau tau is forced (the leptophilic scalar). */
    public double tauTauBranchingFraction() {
        return widthTauTau / totalWidth();
    }

    /** BR(S -&gt; mu+ mu-). */
    public double muMuBranchingFraction() {
        return widthMuMu / totalWidth();
    }

    @Override
    public double decayWeight() {
        return switch (forced) {
            case 13 -> muMuBranchingFraction();
            case 15 -> tauTauBranchingFraction();
            default -> 1;
        };
    }

    @Override
    public int pickDaughter(double u) {
        if (forced != 0) {
            return forced;
        }
        return u < muMuBranchingFraction() ? 13 : 22;
    }
}
