package io.upsilon.searches.llpscalar;

import io.upsilon.generators.decay.DarkScalar;

/**
 * The mixing angle theta of a scalar that mixes with the Higgs boson, excluded by a limit on the number
 * of signal events at one m_S (S -&gt; mu+ mu-). The expected signal
 *
 * <pre>
 *   N(theta) = 2 N(B+B-) [B(B+ -&gt; K+ S)/sin^2 theta](m_S) sin^2 theta B(S -&gt; mu mu)(m_S) eff(m_S, c tau(m_S, theta))
 * </pre>
 *
 * uses the generator's model ({@link DarkScalar}: the top-loop rate of Batell, Pospelov, Ritz,
 * arXiv:0911.4938, and Winkler, arXiv:1809.01876; Gamma(S -&gt; mu mu) of the Higgs Hunter's Guide scaled by
 * sin^2 theta; c tau from FORESEE's width table, which gives B(S -&gt; mu mu) = Gamma_mumu c tau / hbar c
 * independent of theta). Small angles: sin theta = theta. theta is excluded where N(theta) exceeds the
 * limit; the rate grows as theta^2 while a large theta makes S decay before the displaced-vertex region,
 * so the excluded angles form an interval [low, high].
 */
final class MixingAngle {
    private MixingAngle() {}

    /**
     * The excluded interval at one mass, or NaNs.
     *
     * @param low lowest excluded theta
     * @param high highest excluded theta
     */
    record Interval(double low, double high) {
        /** Whether any angle is excluded. */
        boolean excludes() {
            return Double.isFinite(low);
        }
    }

    /** B(S -&gt; mu+ mu-) at m_S from the tabulated total width (NaN outside the table or below threshold). */
    static double branchingFractionMuMu(double mS) {
        if (mS < DarkScalar.cTauTableMinMass() || mS > DarkScalar.cTauTableMaxMass()) {
            return Double.NaN;
        }
        double hbarC = DarkScalar.cTauCmFromWidth(1.0);
        return DarkScalar.widthToLeptons(mS, MUON_MASS, 1.0) * DarkScalar.cTauCm(mS, 1.0) / hbarC;
    }

    /** Muon mass, GeV (PDG 2024). */
    static final double MUON_MASS = 0.1056583755;

    /**
     * The excluded interval of theta at m_S for a limit on signal events {@code limitEvents}, given the
     * B+B- pairs and the efficiency map, on a log grid of theta.
     */
    static Interval excluded(
            double mS,
            double limitEvents,
            double bPairs,
            EfficiencyMap efficiency,
            LlpScalarConfig.Interpretation grid) {
        double br = branchingFractionMuMu(mS);
        if (!Double.isFinite(br) || !(limitEvents > 0) || mS >= LlpScalarConfig.MAX_SCALAR_MASS) {
            return new Interval(Double.NaN, Double.NaN);
        }
        double rate = DarkScalar.branchingFractionBToKOverSin2(mS);
        double low = Double.NaN;
        double high = Double.NaN;
        double step = Math.log(grid.thetaMax() / grid.thetaMin()) / (grid.points() - 1);
        for (int i = 0; i < grid.points(); i++) {
            double theta = grid.thetaMin() * Math.exp(i * step);
            double eff = efficiency.efficiency(mS, DarkScalar.cTauCm(mS, theta));
            if (!(eff > 0)) {
                continue;
            }
            double n = 2 * bPairs * rate * theta * theta * br * eff;
            if (n >= limitEvents) {
                if (Double.isNaN(low)) {
                    low = theta;
                }
                high = theta;
            }
        }
        return new Interval(low, high);
    }
}
