package io.upsilon.generators.amplitude;

import java.util.ArrayList;
import java.util.List;

/**
 * Exact tree-level QED helicity amplitudes of e-(p1) e+(p2) -&gt; l-(p3) l+(p4) l'-(p5) l'+(p6),
 * with every lepton massive and every diagram: multiperipheral (two-photon), bremsstrahlung,
 * conversion and annihilation, and the antisymmetrisation of identical fermions (e e e e, mu mu mu
 * mu).
 *
 * <p>Method. Each tree diagram joins the six external spinors into three fermion lines (a barred
 * spinor to the left, a spinor to the right) by two photons: one "central" line emits both
 * photons, the two "outer" lines absorb one each. With the barred spinors ordered (vbar(p2),
 * ubar(p3), ubar(p5)) and the spinors (u(p1), v(p4), v(p6)), a set of lines is a permutation
 * sigma pairing barred spinor i with spinor sigma(i), allowed when both are of one flavour; Fermi
 * statistics gives the term the sign of sigma (this reproduces the relative minus sign between the
 * s- and t-channel graphs of Bhabha scattering: Peskin and Schroeder, An Introduction to Quantum
 * Field Theory, sect. 4.7 and problem 5.2). For
 * each permutation there are 3 choices of central line times 2 orders of its photons:
 *
 * <pre>
 *   M = sum_sigma sign(sigma) sum_(c; a, b) chibar_c Ja-slash (K + m_c) Jb-slash psi_c / ((K^2 - m_c^2) Qa^2 Qb^2),
 *   J_i = chibar_i gamma^mu psi_sigma(i),  Q_i = k_out(i) - k_in(sigma(i)),  K = k_out(c) + Qa,
 * </pre>
 *
 * with k_out the momentum leaving a line at its barred end (p3, p5, or -p2 for the incoming
 * positron) and k_in the momentum entering at its spinor end (p1, or -p4, -p6 for the outgoing
 * antileptons); all leptons have charge -1, so the charge factor e^4 is common and dropped, with
 * the factors of i of the propagators (a global phase). That gives 12 diagrams for e e mu mu, e e
 * tau tau and mu mu mu mu, 36 for e e e e and 6 for mu mu tau tau (the counts of Berends,
 * Daverveldt and Kleiss, Nucl. Phys. B253 (1985) 421, and Comput. Phys. Commun. 40 (1986) 285,
 * "DIAG36"). Z exchange is left out: a Z in place of a photon of virtuality q^2 changes |M|^2 by
 * at most ~ |q^2|/M_Z^2 times coupling ratios of order one, &lt; 1e-4 for the t-channel photons of
 * the dominant multiperipheral region (|q^2| &lt;~ 1 GeV^2); in the s-channel (q^2 = s) the
 * photon-Z interference in the total rate is proportional to the vector couplings, s/M_Z^2 * g_V^e
 * g_V^l / (sin^2 theta_W cos^2 theta_W) with g_V = -1/4 + sin^2 theta_W ~ -0.02, about 1e-4
 * (the axial terms integrate to the forward-backward asymmetry, not the total).
 *
 * <p>Precision: a lepton of mass m and energy E stored as (px, py, pz, E) in doubles is on shell
 * only to a relative eps E^2/m^2 (eps = 2.2e-16), 2e-8 for a 5 GeV electron, and the Ward identity
 * holds to that level (tested); |M|^2 itself is stable to better than 1e-5 down to photon
 * virtualities of 1e-12 GeV^2 (tested by rotating events about the beam axis).
 *
 * <p>Momenta are (px, py, pz, E) in one array: p1 at 0, p2 at 4, p3 at 8, p4 at 12, p5 at 16, p6
 * at 20. Not thread-safe (scratch buffers).
 */
public final class EeFourLeptonAmplitude {
    private static final int ELECTRON = 11;

    private final double[] barMass = new double[3];
    private final double[] psiMass = new double[3];
    private final int[][] permutations;
    private final int[] signs;
    private final boolean[][] allowed = new boolean[3][3];

    // kinematics of one phase-space point
    private final double[] kOut = new double[12];
    private final double[] kIn = new double[12];
    private final double[][][] q = new double[3][3][]; // Q of line (bar i, psi j), complex four-vector
    private final double[][] q2 = new double[3][3];
    // spinors [index][helicity index 0 = -1, 1 = +1]
    private final double[][][] bar = new double[3][2][8];
    private final double[][][] psi = new double[3][2][8];
    // currents [bar][psi][hBar][hPsi]
    private final double[][][][][] current = new double[3][3][2][2][8];
    private final double[] scratch = new double[8];
    private final double[] t1 = new double[8];
    private final double[] t2 = new double[8];
    private final double[] t3 = new double[8];
    private final double[] mom = new double[4];
    private final double[] amp = new double[2];
    private double termScale;

    /**
     * @param flavour1 PDG id of l (11, 13 or 15)
     * @param mass1 mass of l in GeV
     * @param flavour2 PDG id of l'
     * @param mass2 mass of l' in GeV
     * @param electronMass the electron mass in GeV (the beams and any final-state electron)
     */
    public EeFourLeptonAmplitude(int flavour1, double mass1, int flavour2, double mass2, double electronMass) {
        for (double m : new double[] {mass1, mass2, electronMass}) {
            if (!(m >= 0) || !Double.isFinite(m)) {
                throw new IllegalArgumentException("masses must be finite and >= 0, got " + m);
            }
        }
        if (flavour1 == ELECTRON && mass1 != electronMass || flavour2 == ELECTRON && mass2 != electronMass) {
            throw new IllegalArgumentException("a final-state electron must have the beam electron mass");
        }
        if (flavour1 == flavour2 && mass1 != mass2) {
            throw new IllegalArgumentException("identical leptons must have one mass, got " + mass1 + ", " + mass2);
        }
        int[] barFlavour = {ELECTRON, flavour1, flavour2};
        int[] psiFlavour = {ELECTRON, flavour1, flavour2};
        barMass[0] = electronMass;
        barMass[1] = mass1;
        barMass[2] = mass2;
        System.arraycopy(barMass, 0, psiMass, 0, 3);
        List<int[]> perms = new ArrayList<>();
        List<Integer> sgn = new ArrayList<>();
        int[][] all = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
        int[] parity = {1, -1, -1, 1, 1, -1};
        for (int k = 0; k < all.length; k++) {
            int[] s = all[k];
            boolean ok = true;
            for (int i = 0; i < 3; i++) {
                ok &= barFlavour[i] == psiFlavour[s[i]];
            }
            if (ok) {
                perms.add(s);
                sgn.add(parity[k]);
                for (int i = 0; i < 3; i++) {
                    allowed[i][s[i]] = true;
                }
            }
        }
        this.permutations = perms.toArray(new int[0][]);
        this.signs = sgn.stream().mapToInt(Integer::intValue).toArray();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                q[i][j] = new double[8];
            }
        }
    }

    /** The number of Feynman diagrams summed (6 per allowed pairing of the fermion lines). */
    public int diagramCount() {
        return 6 * permutations.length;
    }

    /**
     * Sum over all 64 helicity configurations of |M|^2 at the momenta {@code p} (layout in the
     * class comment), without the factor e^8. Divide by 4 for the beam-spin average.
     */
    public double summedSquared(double[] p) {
        prepare(p);
        double sum = 0;
        int[] h = new int[6];
        for (int config = 0; config < 64; config++) {
            for (int k = 0; k < 6; k++) {
                h[k] = (config >> k) & 1;
            }
            evaluate(h, -1, -1, null);
            sum += amp[0] * amp[0] + amp[1] * amp[1];
        }
        return sum;
    }

    /**
     * One helicity amplitude, for checks.
     *
     * @param helicities the helicities (+-1) of e-(p1), e+(p2), l-(p3), l+(p4), l'-(p5), l'+(p6)
     * @param out (re, im) of the amplitude
     */
    public void amplitude(double[] p, int[] helicities, double[] out) {
        prepare(p);
        int[] h = new int[6];
        for (int k = 0; k < 6; k++) {
            if (Math.abs(helicities[k]) != 1) {
                throw new IllegalArgumentException("helicities must be +1 or -1, got " + helicities[k]);
            }
            h[k] = helicities[k] == 1 ? 1 : 0;
        }
        evaluate(h, -1, -1, null);
        out[0] = amp[0];
        out[1] = amp[1];
    }

    /**
     * The part of one helicity amplitude made of the diagrams in which the line (barred spinor
     * {@code lineBar}, spinor {@code linePsi}) -- indices 0 = vbar(p2) / u(p1), 1 = ubar(p3) /
     * v(p4), 2 = ubar(p5) / v(p6) -- is an outer line, with the current of that line replaced by the
     * complex four-vector {@code replacement} and its photon propagator 1/Q^2 dropped (the line
     * becomes an external vector boson of polarisation {@code replacement}), or by its own momentum
     * transfer Q when {@code replacement} is null (the Ward identity: the sum must vanish). Also
     * sets {@link #lastTermScale}. Package-private hook for the gauge and cross-implementation
     * tests.
     */
    void amplitude(double[] p, int[] helicities, int lineBar, int linePsi, double[] replacement, double[] out) {
        prepare(p);
        int[] h = new int[6];
        for (int k = 0; k < 6; k++) {
            if (Math.abs(helicities[k]) != 1) {
                throw new IllegalArgumentException("helicities must be +1 or -1, got " + helicities[k]);
            }
            h[k] = helicities[k] == 1 ? 1 : 0;
        }
        evaluate(h, lineBar, linePsi, replacement);
        out[0] = amp[0];
        out[1] = amp[1];
    }

    private void prepare(double[] p) {
        // barred spinors: vbar(p2), ubar(p3), ubar(p5); spinors: u(p1), v(p4), v(p6)
        for (int hi = 0; hi < 2; hi++) {
            int hel = hi == 0 ? -1 : 1;
            Spinors.vbar(p, 4, barMass[0], hel, scratch, bar[0][hi]);
            Spinors.ubar(p, 8, barMass[1], hel, scratch, bar[1][hi]);
            Spinors.ubar(p, 16, barMass[2], hel, scratch, bar[2][hi]);
            Spinors.u(p, 0, psiMass[0], hel, psi[0][hi]);
            Spinors.v(p, 12, psiMass[1], hel, psi[1][hi]);
            Spinors.v(p, 20, psiMass[2], hel, psi[2][hi]);
        }
        for (int c = 0; c < 4; c++) {
            kOut[c] = -p[4 + c];
            kOut[4 + c] = p[8 + c];
            kOut[8 + c] = p[16 + c];
            kIn[c] = p[c];
            kIn[4 + c] = -p[12 + c];
            kIn[8 + c] = -p[20 + c];
        }
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (!allowed[i][j]) {
                    continue;
                }
                for (int c = 0; c < 4; c++) {
                    mom[c] = kOut[4 * i + c] - kIn[4 * j + c];
                }
                Dirac.toComplex(mom, 0, q[i][j]);
                q2[i][j] = mom[3] * mom[3] - mom[0] * mom[0] - mom[1] * mom[1] - mom[2] * mom[2];
                for (int hb = 0; hb < 2; hb++) {
                    for (int hp = 0; hp < 2; hp++) {
                        Dirac.current(bar[i][hb], psi[j][hp], current[i][j][hb][hp]);
                    }
                }
            }
        }
    }

    /** h: helicity indices (0/1) of p1..p6; writes amp. */
    private void evaluate(int[] h, int lineBar, int linePsi, double[] replacement) {
        // helicity index of barred spinor i and spinor j
        int hb0 = h[1];
        int hb1 = h[2];
        int hb2 = h[4];
        int hp0 = h[0];
        int hp1 = h[3];
        int hp2 = h[5];
        int[] hb = {hb0, hb1, hb2};
        int[] hp = {hp0, hp1, hp2};
        double re = 0;
        double im = 0;
        termScale = 0;
        for (int k = 0; k < permutations.length; k++) {
            int[] s = permutations[k];
            if (lineBar >= 0 && s[lineBar] != linePsi) {
                continue;
            }
            double pr = 0;
            double pi = 0;
            for (int c = 0; c < 3; c++) {
                if (c == lineBar) {
                    continue;
                }
                int a = (c + 1) % 3;
                int b = (c + 2) % 3;
                double[] ja = outerFactor(a, s[a], hb[a], hp[s[a]], lineBar, linePsi, replacement);
                double[] jb = outerFactor(b, s[b], hb[b], hp[s[b]], lineBar, linePsi, replacement);
                double den = denominator(a, s[a], lineBar, linePsi, replacement)
                        * denominator(b, s[b], lineBar, linePsi, replacement);
                double[] chibar = bar[c][hb[c]];
                double[] spinor = psi[s[c]][hp[s[c]]];
                double m = barMass[c];
                // order 1: photon a next to chibar; order 2: photon b next to chibar
                for (int order = 0; order < 2; order++) {
                    double[] first = order == 0 ? ja : jb;
                    double[] second = order == 0 ? jb : ja;
                    int firstBar = order == 0 ? a : b;
                    int firstPsi = s[firstBar];
                    // K = k_out(c) + Q_first
                    double kx = kOut[4 * c] + kOut[4 * firstBar] - kIn[4 * firstPsi];
                    double ky = kOut[4 * c + 1] + kOut[4 * firstBar + 1] - kIn[4 * firstPsi + 1];
                    double kz = kOut[4 * c + 2] + kOut[4 * firstBar + 2] - kIn[4 * firstPsi + 2];
                    double ke = kOut[4 * c + 3] + kOut[4 * firstBar + 3] - kIn[4 * firstPsi + 3];
                    mom[0] = kx;
                    mom[1] = ky;
                    mom[2] = kz;
                    mom[3] = ke;
                    // K^2 - m^2 = 2 k_out.Q + Q^2 (k_out on shell): no cancellation of two large
                    // squares when the propagator is near its pole.
                    double qx = kx - kOut[4 * c];
                    double qy = ky - kOut[4 * c + 1];
                    double qz = kz - kOut[4 * c + 2];
                    double qe = ke - kOut[4 * c + 3];
                    double prop =
                            2 * (kOut[4 * c + 3] * qe - kOut[4 * c] * qx - kOut[4 * c + 1] * qy - kOut[4 * c + 2] * qz)
                                    + q2[firstBar][firstPsi];
                    Dirac.barSlash(chibar, first, t1);
                    Dirac.barSlashPlusMass(t1, mom, 0, m, t2);
                    Dirac.slash(second, spinor, t3);
                    double f = 1 / (prop * den);
                    double tr = f * Dirac.scalarRe(t2, t3);
                    double ti = f * Dirac.scalarIm(t2, t3);
                    pr += tr;
                    pi += ti;
                    termScale += Math.abs(f)
                            * norm(chibar)
                            * norm(spinor)
                            * (Math.sqrt(kx * kx + ky * ky + kz * kz + ke * ke) + m)
                            * outerSize(a, s[a], lineBar, linePsi, replacement)
                            * outerSize(b, s[b], lineBar, linePsi, replacement);
                }
            }
            re += signs[k] * pr;
            im += signs[k] * pi;
        }
        amp[0] = re;
        amp[1] = im;
    }

    /**
     * The scale of the rounding errors of the last amplitude: the sum over its diagrams of the
     * products of the Euclidean norms of every factor (spinors, propagator numerator, and for an
     * outer line its two spinors, not its current, which helicity suppression can make small) over
     * the denominators.
     */
    double lastTermScale() {
        return termScale;
    }

    private static double norm(double[] spinor) {
        double r = 0;
        for (int a = 0; a < 8; a++) {
            r += spinor[a] * spinor[a];
        }
        return Math.sqrt(r);
    }

    private double outerSize(int i, int j, int lineBar, int linePsi, double[] replacement) {
        if (i == lineBar && j == linePsi) {
            return norm(replacement == null ? q[i][j] : replacement);
        }
        // |u|^2 = |v|^2 = 2E for either helicity
        return norm(bar[i][0]) * norm(psi[j][0]);
    }

    private double[] outerFactor(int i, int j, int hbi, int hpj, int lineBar, int linePsi, double[] replacement) {
        if (i == lineBar && j == linePsi) {
            return replacement == null ? q[i][j] : replacement;
        }
        return current[i][j][hbi][hpj];
    }

    private double denominator(int i, int j, int lineBar, int linePsi, double[] replacement) {
        if (i == lineBar && j == linePsi && replacement != null) {
            return 1;
        }
        return q2[i][j];
    }
}
