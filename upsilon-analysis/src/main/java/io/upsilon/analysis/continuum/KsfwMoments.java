package io.upsilon.analysis.continuum;

import io.upsilon.core.kinematics.Vec3;
import java.util.List;

/**
 * Belle's KSFW moments, the "Kakuno super Fox–Wolfram" moments (Belle, K. Abe et al., PRL 91
 * (2003) 261801; definitions in The Physics of the B Factories, EPJC 74 (2014) 3026,
 * arXiv:1406.6311, section 9.3), all in the CM frame:
 *
 * <ul>
 *   <li>{@code hso_{x,l}} = sum_i sum_{j in x} |p_j| P_l(cos theta_ij) / H0max, i over the B
 *       candidate's daughters (s), j over the rest-of-event particles of category x: charged (x =
 *       0), neutral (x = 1) or the missing momentum as one particle (x = 2). For odd l each term is
 *       multiplied by Q_i Q_j, so only the charged category has odd moments.
 *   <li>{@code hoo_l} = sum_j sum_k |p_j| |p_k| P_l(cos theta_jk) / H0max^2 over ordered pairs of
 *       ROE particles (j = k included, as in Fox–Wolfram), times Q_j Q_k for odd l.
 *   <li>{@code et}: the scalar sum of the transverse momenta (to the beam axis) of the B's
 *       final-state particles and the ROE; {@code mm2}: the missing mass squared of the event.
 * </ul>
 *
 * H0max = 2 (E*_beam - Delta E) = 2 (2 E*_beam - E*_B) normalises the moments, following EPJC 74
 * (2014) 3026 (a constant factor, irrelevant for the Fisher discriminant they feed). Names as
 * basf2's {@code KSFWVariables}: hso00..hso04, hso10, hso12, hso14, hso20, hso22, hso24,
 * hoo0..hoo4, et, mm2.
 */
public final class KsfwMoments {
    /** The moment names, as basf2's KSFWVariables argument. */
    public static final List<String> NAMES = List.of(
            "et", "mm2", "hso00", "hso01", "hso02", "hso03", "hso04", "hso10", "hso12", "hso14", "hso20", "hso22",
            "hso24", "hoo0", "hoo1", "hoo2", "hoo3", "hoo4");

    private static final int L_MAX = 4;

    private final double[][] hso;
    private final double[] hoo;
    private final double et;
    private final double mm2;

    private KsfwMoments(double[][] hso, double[] hoo, double et, double mm2) {
        this.hso = hso;
        this.hoo = hoo;
        this.et = et;
        this.mm2 = mm2;
    }

    /**
     * The moments.
     *
     * @param signal the B daughters' CM momenta
     * @param signalCharges their charges
     * @param charged the ROE tracks' CM momenta
     * @param chargedCharges their charges
     * @param neutral the ROE photons' CM momenta
     * @param missing the event's missing CM momentum
     * @param h0max the normalisation 2 (E*_beam - Delta E), GeV (> 0)
     * @param et the transverse-momentum sum, GeV
     * @param mm2 the missing mass squared, GeV^2
     */
    public static KsfwMoments of(
            List<Vec3> signal,
            double[] signalCharges,
            List<Vec3> charged,
            double[] chargedCharges,
            List<Vec3> neutral,
            Vec3 missing,
            double h0max,
            double et,
            double mm2) {
        if (!(h0max > 0)) {
            throw new IllegalArgumentException("H0max must be > 0 GeV, got " + h0max);
        }
        double[][] hso = new double[3][L_MAX + 1];
        double[] pl = new double[L_MAX + 1];
        for (int i = 0; i < signal.size(); i++) {
            Vec3 pi = signal.get(i);
            for (int j = 0; j < charged.size(); j++) {
                add(hso[0], pi, charged.get(j), signalCharges[i] * chargedCharges[j], pl, true);
            }
            for (Vec3 pj : neutral) {
                add(hso[1], pi, pj, 0, pl, false);
            }
            add(hso[2], pi, missing, 0, pl, false);
        }
        for (double[] row : hso) {
            for (int l = 0; l <= L_MAX; l++) {
                row[l] /= h0max;
            }
        }
        int n = charged.size() + neutral.size();
        double[] hoo = new double[L_MAX + 1];
        for (int j = 0; j < n; j++) {
            Vec3 pj = j < charged.size() ? charged.get(j) : neutral.get(j - charged.size());
            double qj = j < charged.size() ? chargedCharges[j] : 0;
            for (int k = 0; k < n; k++) {
                Vec3 pk = k < charged.size() ? charged.get(k) : neutral.get(k - charged.size());
                double qk = k < charged.size() ? chargedCharges[k] : 0;
                double w = pj.mag() * pk.mag();
                if (w == 0) {
                    continue;
                }
                legendre(j == k ? 1 : cos(pj, pk), pl);
                for (int l = 0; l <= L_MAX; l++) {
                    hoo[l] += w * pl[l] * (l % 2 == 1 ? qj * qk : 1);
                }
            }
        }
        for (int l = 0; l <= L_MAX; l++) {
            hoo[l] /= h0max * h0max;
        }
        return new KsfwMoments(hso, hoo, et, mm2);
    }

    private static void add(double[] row, Vec3 pi, Vec3 pj, double chargeProduct, double[] pl, boolean odd) {
        double mag = pj.mag();
        if (!(mag > 0) || !(pi.mag() > 0)) {
            return;
        }
        legendre(cos(pi, pj), pl);
        for (int l = 0; l <= L_MAX; l++) {
            if (l % 2 == 0) {
                row[l] += mag * pl[l];
            } else if (odd) {
                row[l] += mag * pl[l] * chargeProduct;
            }
        }
    }

    private static double cos(Vec3 a, Vec3 b) {
        return Math.max(-1, Math.min(1, a.dot(b) / (a.mag() * b.mag())));
    }

    private static void legendre(double x, double[] out) {
        out[0] = 1;
        out[1] = x;
        for (int l = 2; l < out.length; l++) {
            out[l] = ((2 * l - 1) * x * out[l - 1] - (l - 1) * out[l - 2]) / l;
        }
    }

    /** hso_{x,l}: x = 0 charged, 1 neutral, 2 missing; l = 0..4 (odd l only for x = 0, else 0). */
    public double hso(int x, int l) {
        return hso[x][l];
    }

    /** hoo_l, l = 0..4. */
    public double hoo(int l) {
        return hoo[l];
    }

    /** Transverse-momentum sum, GeV. */
    public double et() {
        return et;
    }

    /** Missing mass squared, GeV^2. */
    public double mm2() {
        return mm2;
    }

    /**
     * The moment called {@code name} (one of {@link #NAMES}).
     *
     * @throws IllegalArgumentException for another name
     */
    public double value(String name) {
        return switch (name) {
            case "et" -> et;
            case "mm2" -> mm2;
            default -> {
                if (!NAMES.contains(name)) {
                    throw new IllegalArgumentException("unknown KSFW moment '" + name + "'; known: " + NAMES);
                }
                if (name.startsWith("hoo")) {
                    yield hoo[name.charAt(3) - '0'];
                }
                yield hso[name.charAt(3) - '0'][name.charAt(4) - '0'];
            }
        };
    }
}
