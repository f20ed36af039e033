package io.upsilon.generators.decay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Rates and lifetime of a dark scalar S that mixes with the Higgs boson with angle theta (the
 * "Higgs portal" scalar of Batell, Pospelov, Ritz, PRD 83 (2011) 054005, arXiv:0911.4938; Winkler,
 * PRD 99 (2019) 015018, arXiv:1809.01876; Boiarska et al., JHEP 11 (2019) 162,
 * arXiv:1904.10447), for the B -&gt; K S generator ({@link BToKScalarModel}) and the searches.
 *
 * <p><b>B+ -&gt; K+ S</b>: the top-W loop gives the effective coupling L = C S sbar P_R b + h.c.,
 * C = 3 sqrt(2) G_F m_t^2 V_ts* V_tb m_b sin(theta) / (16 pi^2 v) (Batell et al.;
 * Winkler); with &lt;K|sbar b|B&gt; = (m_B^2 - m_K^2) f_0(q^2) / (m_b - m_s) (the pseudoscalar part of
 * P_R does not contribute between two pseudoscalars),
 *
 * <pre>
 *   Gamma(B -&gt; K S) = |C|^2 / 4 ((m_B^2 - m_K^2) / (m_b - m_s))^2 f_0(m_S^2)^2 |p_K| / (8 pi m_B^2),
 * </pre>
 *
 * |p_K| = lambda^(1/2)(m_B^2, m_K^2, m_S^2) / (2 m_B). Inputs ({@link #branchingFractionBToKOverSin2}):
 * G_F = 1.1663788e-5 GeV^-2 and v = (sqrt 2 G_F)^(-1/2) = 246.22 GeV, m_t = 172.5 GeV, m_b = 4.18 GeV
 * and m_s = 0.093 GeV (MS-bar), |V_ts V_tb| = 0.0406, m_B+ = 5.27941 GeV, m_K+ = 0.493677 GeV,
 * tau_B+ = 1.638 ps (PDG 2024), and the simple-pole f_0(q^2) = 0.33 / (1 - q^2 / 38 GeV^2) (f_0(0)
 * = 0.33 as the light-cone sum rules of Ball and Zwicky, PRD 71 (2005) 014015, hep-ph/0406232,
 * give f_+(0) = f_0(0); the pole mass is an effective one). The result, B(B+ -&gt; K+ S) ~ 0.48
 * sin^2 theta at small m_S, has an uncertainty of about +-30% from f_0 and the quark masses.
 *
 * <p><b>S -&gt; l+ l-</b> ({@link #widthToLeptons}): Gamma = sin^2 theta G_F m_l^2 m_S / (4 sqrt 2 pi)
 * (1 - 4 m_l^2 / m_S^2)^(3/2), the SM Higgs width to fermions (Gunion, Haber, Kane, Dawson, "The
 * Higgs Hunter's Guide" (1990)) scaled by sin^2 theta.
 *
 * <p><b>Lifetime</b> ({@link #cTauCm}): c tau = c tau(theta = 1; m_S) / theta^2 from the total
 * width tabulated by FORESEE (resource {@code dark-scalar-ctau.tsv}, which names its sources;
 * hadronic widths need a dispersive treatment, Winkler sec. III, so they are not computed here),
 * interpolated log-log linearly in m_S from 0.041 to 5 GeV.
 */
public final class DarkScalar {
    /** Fermi constant (GeV^-2), PDG 2024. */
    public static final double G_F = 1.1663788e-5;

    /** Higgs vacuum expectation value (GeV), (sqrt 2 G_F)^(-1/2). */
    public static final double VEV = 246.22;

    /** Top-quark mass (GeV) of the loop. */
    public static final double M_TOP = 172.5;

    /** b-quark mass (GeV), MS-bar m_b(m_b), PDG 2024. */
    public static final double M_B_QUARK = 4.18;

    /** s-quark mass (GeV), MS-bar at 2 GeV, PDG 2024. */
    public static final double M_S_QUARK = 0.093;

    /** |V_ts V_tb| (CKM fit, PDG 2024 review "CKM quark-mixing matrix"). */
    public static final double VTS_VTB = 0.0406;

    /** f_0(0) of B -&gt; K. */
    public static final double F0_ZERO = 0.33;

    /** Pole mass squared (GeV^2) of the simple-pole f_0(q^2). */
    public static final double F0_POLE_SQUARED = 38.0;

    /** B+ mass (GeV), PDG 2024. */
    public static final double M_B_PLUS = 5.27941;

    /** K+ mass (GeV), PDG 2024. */
    public static final double M_K_PLUS = 0.493677;

    /** B+ lifetime (s), PDG 2024. */
    public static final double TAU_B_PLUS_S = 1.638e-12;

    private static final double HBAR_GEV_S = 6.582119569e-25;
    private static final double HBAR_C_GEV_CM = 1.973269804e-14;
    private static final String CTAU_RESOURCE = "dark-scalar-ctau.tsv";

    private static final double[][] CTAU_TABLE = readCTauTable();

    private DarkScalar() {}

    /** The lightest mass (GeV) of the c tau table. */
    public static double cTauTableMinMass() {
        return CTAU_TABLE[0][0];
    }

    /** The heaviest mass (GeV) of the c tau table. */
    public static double cTauTableMaxMass() {
        return CTAU_TABLE[0][CTAU_TABLE[0].length - 1];
    }

    /** f_0(q^2) of B -&gt; K (simple pole, see the class comment). */
    public static double f0(double q2) {
        return F0_ZERO / (1 - q2 / F0_POLE_SQUARED);
    }

    /**
     * Gamma(B -&gt; K S) in GeV for these B and K masses (GeV), scalar mass m_S and sin^2 theta.
     *
     * @throws IllegalArgumentException unless 0 &lt;= m_S &lt; m_B - m_K and sin^2 theta in [0, 1]
     */
    public static double widthBToK(double mB, double mK, double mS, double sin2Theta) {
        if (!(mS >= 0 && mK > 0 && mS + mK < mB)) {
            throw new IllegalArgumentException(
                    "B -> K S needs 0 <= m_S < m_B - m_K, got m_B = " + mB + ", m_K = " + mK + ", m_S = " + mS);
        }
        if (!(sin2Theta >= 0 && sin2Theta <= 1)) {
            throw new IllegalArgumentException("sin^2 theta must be in [0, 1], got " + sin2Theta);
        }
        double c = 3 * Math.sqrt(2) * G_F * M_TOP * M_TOP * VTS_VTB * M_B_QUARK / (16 * Math.PI * Math.PI * VEV);
        double lambda = (mB * mB - (mK + mS) * (mK + mS)) * (mB * mB - (mK - mS) * (mK - mS));
        double pK = Math.sqrt(Math.max(0, lambda)) / (2 * mB);
        double matrixElement = (mB * mB - mK * mK) / (M_B_QUARK - M_S_QUARK) * f0(mS * mS);
        return sin2Theta * c * c / 4 * matrixElement * matrixElement * pK / (8 * Math.PI * mB * mB);
    }

    /** B(B+ -&gt; K+ S) / sin^2 theta for a scalar of mass m_S (GeV), inputs of the class comment. */
    public static double branchingFractionBToKOverSin2(double mS) {
        return widthBToK(M_B_PLUS, M_K_PLUS, mS, 1.0) * TAU_B_PLUS_S / HBAR_GEV_S;
    }

    /**
     * Gamma(S -&gt; l+ l-) in GeV for scalar mass m_S, lepton mass m_l (GeV) and sin^2 theta; 0 below
     * threshold.
     */
    public static double widthToLeptons(double mS, double mLepton, double sin2Theta) {
        if (!(mS > 0 && mLepton > 0 && sin2Theta >= 0)) {
            throw new IllegalArgumentException(
                    "expected m_S > 0, m_l > 0, sin^2 theta >= 0, got " + mS + ", " + mLepton + ", " + sin2Theta);
        }
        double beta2 = 1 - 4 * mLepton * mLepton / (mS * mS);
        if (beta2 <= 0) {
            return 0;
        }
        return sin2Theta * G_F * mLepton * mLepton * mS / (4 * Math.sqrt(2) * Math.PI) * Math.pow(beta2, 1.5);
    }

    /** Converts a total width (GeV) to c tau (cm). */
    public static double cTauCmFromWidth(double width) {
        return HBAR_C_GEV_CM / width;
    }

    /**
     * c tau (cm) of the scalar of mass m_S (GeV) and mixing angle theta (small-angle: the table's
     * 1 / theta^2 scaling), from the tabulated total width.
     *
     * @throws IllegalArgumentException outside the table's mass range or for theta &lt;= 0
     */
    public static double cTauCm(double mS, double theta) {
        double[] m = CTAU_TABLE[0];
        double[] ct = CTAU_TABLE[1];
        if (!(mS >= m[0] && mS <= m[m.length - 1])) {
            throw new IllegalArgumentException(
                    "the dark-scalar c tau table covers m_S = " + m[0] + " to " + m[m.length - 1] + " GeV, got " + mS);
        }
        if (!(theta > 0)) {
            throw new IllegalArgumentException("the mixing angle must be > 0, got " + theta);
        }
        int k = 0;
        while (k < m.length - 2 && m[k + 1] < mS) {
            k++;
        }
        double t = Math.log(mS / m[k]) / Math.log(m[k + 1] / m[k]);
        double logCt = Math.log(ct[k]) * (1 - t) + Math.log(ct[k + 1]) * t;
        return Math.exp(logCt) / (theta * theta);
    }

    private static double[][] readCTauTable() {
        List<double[]> rows = new ArrayList<>();
        try (InputStream in = DarkScalar.class.getResourceAsStream(CTAU_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + CTAU_RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                String[] f = s.split("\\s+");
                rows.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double[][] t = new double[2][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            t[0][i] = rows.get(i)[0];
            t[1][i] = rows.get(i)[1];
        }
        return t;
    }
}
