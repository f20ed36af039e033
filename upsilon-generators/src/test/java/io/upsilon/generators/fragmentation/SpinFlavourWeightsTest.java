package io.upsilon.generators.fragmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Recomputes the SU(6) weights from the quark model: a diquark (spin 0 or 1, symmetric in spin x
 * flavour, in quark slots 1 and 2) times a quark (slot 3), projected onto the states totally
 * symmetric in spin and flavour (the baryon 56-plet) and split by total spin; averaged over the
 * spin states. Octet and decuplet weights must equal the table of {@link SpinFlavourWeights} in
 * the convention ud0 + u = 3/4.
 */
class SpinFlavourWeightsTest {
    private static final int ONE = 8; // flavour d, u, s, c (0-3) x spin up, down (0-1)
    private static final int DIM = ONE * ONE * ONE;
    private static final int[][] PERMUTATIONS = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};

    private static int slot(int flavour, int spin) {
        return 2 * flavour + spin;
    }

    /** The diquark's spin states (each a vector over slots 1, 2), normalised. */
    private static double[][] diquark(int fa, int fb, int spin) {
        // spin components: {s1, s2, coefficient}
        double r = Math.sqrt(0.5);
        double[][][] states = spin == 0
                ? new double[][][] {{{0, 1, r}, {1, 0, -r}}}
                : new double[][][] {{{0, 0, 1}}, {{0, 1, r}, {1, 0, r}}, {{1, 1, 1}}};
        double[][] out = new double[states.length][ONE * ONE];
        for (int m = 0; m < states.length; m++) {
            for (double[] sc : states[m]) {
                int s1 = (int) sc[0];
                int s2 = (int) sc[1];
                if (fa == fb) {
                    out[m][slot(fa, s1) * ONE + slot(fb, s2)] += sc[2];
                } else {
                    // flavour symmetric for spin 1, antisymmetric for spin 0 (spin x flavour symmetric)
                    double sign = spin == 1 ? 1 : -1;
                    out[m][slot(fa, s1) * ONE + slot(fb, s2)] += r * sc[2];
                    out[m][slot(fb, s1) * ONE + slot(fa, s2)] += sign * r * sc[2];
                }
            }
            double norm = 0;
            for (double x : out[m]) {
                norm += x * x;
            }
            for (int i = 0; i < out[m].length; i++) {
                out[m][i] /= Math.sqrt(norm);
            }
        }
        return out;
    }

    private static double[] symmetrise(double[] v) {
        double[] out = new double[DIM];
        int[] idx = new int[3];
        for (int i = 0; i < DIM; i++) {
            if (v[i] == 0) {
                continue;
            }
            idx[0] = i / (ONE * ONE);
            idx[1] = (i / ONE) % ONE;
            idx[2] = i % ONE;
            for (int[] p : PERMUTATIONS) {
                out[idx[p[0]] * ONE * ONE + idx[p[1]] * ONE + idx[p[2]]] += v[i] / 6;
            }
        }
        return out;
    }

    /** Sum over the three quark pairs of the operator exchanging their spins (S^2 = 3/4 + this). */
    private static double[] spinExchanges(double[] v) {
        double[] out = new double[DIM];
        int[] idx = new int[3];
        int[][] pairs = {{0, 1}, {0, 2}, {1, 2}};
        for (int i = 0; i < DIM; i++) {
            if (v[i] == 0) {
                continue;
            }
            idx[0] = i / (ONE * ONE);
            idx[1] = (i / ONE) % ONE;
            idx[2] = i % ONE;
            for (int[] pr : pairs) {
                int[] j = idx.clone();
                j[pr[0]] = 2 * (idx[pr[0]] / 2) + idx[pr[1]] % 2;
                j[pr[1]] = 2 * (idx[pr[1]] / 2) + idx[pr[0]] % 2;
                out[j[0] * ONE * ONE + j[1] * ONE + j[2]] += v[i];
            }
        }
        return out;
    }

    /** {octet, decuplet} weight, unnormalised, spin-averaged. */
    private static double[] project(int fa, int fb, int spin, int quark) {
        double octet = 0;
        double decuplet = 0;
        double[][] dq = diquark(fa, fb, spin);
        for (double[] d : dq) {
            for (int s = 0; s < 2; s++) {
                double[] psi = new double[DIM];
                for (int k = 0; k < ONE * ONE; k++) {
                    psi[k * ONE + slot(quark, s)] = d[k];
                }
                double[] sym = symmetrise(psi);
                // On symmetric states the spin-exchange sum is 0 for S = 1/2 and 3 for S = 3/2.
                double[] w = spinExchanges(sym);
                for (int i = 0; i < DIM; i++) {
                    double dec = w[i] / 3;
                    double oct = sym[i] - dec;
                    octet += oct * oct;
                    decuplet += dec * dec;
                }
            }
        }
        int n = 2 * dq.length;
        return new double[] {octet / n, decuplet / n};
    }

    @Test
    void tableEqualsTheQuarkModelProjection() {
        int d = 0;
        int u = 1;
        int s = 2;
        int c = 3;
        double norm = 0.75 / project(u, d, 0, u)[0];
        SpinFlavourWeights table = new SpinFlavourWeights(1.0);
        // {fa, fb, spin, quark}: every kind, with more than one flavour assignment each.
        int[][] cases = {
            {u, d, 0, u},
            {u, d, 0, d},
            {u, s, 0, s},
            {u, d, 0, s},
            {s, d, 0, u},
            {u, d, 0, c},
            {u, u, 1, u},
            {s, s, 1, s},
            {u, u, 1, d},
            {s, s, 1, c},
            {u, d, 1, u},
            {s, u, 1, s},
            {u, d, 1, s},
            {s, d, 1, u},
            {u, s, 1, c}
        };
        for (int[] k : cases) {
            double[] w = project(k[0], k[1], k[2], k[3]);
            boolean spin1 = k[2] == 1;
            boolean identical = k[0] == k[1];
            boolean in = k[3] == k[0] || k[3] == k[1];
            String what = String.format("diquark %d%d spin %d + quark %d", k[0], k[1], k[2], k[3]);
            assertThat(w[0] * norm).as(what + " octet").isCloseTo(table.octet(spin1, identical, in), within(1e-12));
            assertThat(w[1] * norm)
                    .as(what + " decuplet")
                    .isCloseTo(table.decuplet(spin1, identical, in), within(1e-12));
        }
        // The convention: the projection itself gives 1/2 for ud0 + u; the table's 3/4 is 3/2 of it.
        assertThat(project(u, d, 0, u)[0]).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void decupletSupScalesTheDecupletAndTheMaximum() {
        SpinFlavourWeights w = new SpinFlavourWeights(0.5);
        assertThat(w.decuplet(true, false, true)).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(w.octet(true, false, true)).isCloseTo(1.0 / 12, within(1e-15));
        // spin-1 two flavours: max(1/12 + 1/3, 1/6 + 1/6) = 5/12; one flavour twice: max(1/2, 1/3).
        assertThat(w.maximum(true, false)).isCloseTo(5.0 / 12, within(1e-15));
        assertThat(w.maximum(true, true)).isCloseTo(0.5, within(1e-15));
        assertThat(w.maximum(false, false)).isCloseTo(0.75, within(1e-15));
        assertThatThrownBy(() -> new SpinFlavourWeights(1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
