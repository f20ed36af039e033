package io.upsilon.generators.fragmentation;

import io.upsilon.core.random.RandomStream;
import java.util.Arrays;

/**
 * The hadron made of two flavours that meet at a string break (PYTHIA 6.4 manual,
 * hep-ph/0603175, sec. 12.1.3; parameters of PYTHIA 8's {@code FlavourSelection.xml}).
 *
 * <p><b>Mesons</b> (a quark and an antiquark): the multiplet is drawn with relative weights
 * pseudoscalar 1, vector {@code mesonXvector} and, for charm only, the four L=1 multiplets {@code
 * mesonCL1S0J1, L1S1J0, L1S1J1, L1S1J2}; X is the heaviest quark (u/d, s or c). A u ubar, d dbar or
 * s sbar pair becomes pi0 / eta / eta' (rho0 / phi / omega) with the probabilities of the
 * octet-singlet mixing angle thetaPS (thetaV): eta = cos(theta) eta_8 - sin(theta) eta_1, eta' =
 * sin(theta) eta_8 + cos(theta) eta_1; the vector octet-like state is the phi (ideal mixing at
 * 35.3 deg makes it pure s sbar). An eta (eta') is then kept with probability etaSup (etaPrimeSup);
 * a rejected one returns 0 and the caller draws the break's flavour again.
 *
 * <p><b>Baryons</b> (a quark and a diquark of the same sign) follow SU(6) (JETSET's baryon model:
 * T. Sjöstrand, Comput. Phys. Commun. 39 (1986) 347; PYTHIA 6.4 manual, hep-ph/0603175, sec.
 * 12.1.3). The quark and the diquark (spin 0 or 1, from {@link FlavourSelector}) overlap with the
 * symmetric spin-flavour states of the baryon octet (spin 1/2) and decuplet (spin 3/2) with the
 * weights of {@link SpinFlavourWeights}; the decuplet weight is multiplied by decupletSup. The
 * combination is accepted with probability (octet + decuplet weight) / (the largest such sum for
 * that kind of diquark); a rejected one returns 0 and the caller draws the break's flavour again
 * (so a diquark that fits the quark badly, e.g. ud0 + s, makes fewer baryons: Lambda, Lambda_c).
 * An accepted combination is a decuplet baryon with probability decuplet / (octet + decuplet).
 * With three different flavours x &gt; y &gt; z the spin-1/2 state is Lambda-like (yz
 * antisymmetric, code x z y) or Sigma-like (code x y z): a yz diquark gives Lambda-like for spin 0
 * and Sigma-like for spin 1; a diquark containing x gives Lambda-like with 1/4 (spin 0) or 3/4
 * (spin 1), the squared spin-recoupling coefficients (the same SU(6) projection, split by isospin).
 */
final class HadronSpecies {
    /** Multiplets: pseudoscalar, vector, L1S0J1, L1S1J0, L1S1J1, L1S1J2. */
    private static final int[] PREFIX = {0, 0, 10000, 10000, 20000, 0};

    private static final int[] SPIN_DIGIT = {1, 3, 3, 1, 3, 5};
    private static final int[] CHARMONIUM = {441, 443, 10443, 10441, 20443, 445};

    /** Cumulative multiplet probabilities for heaviest quark u/d (0), s (1), c (2). */
    private final double[][] multiplet = new double[3][];

    /** [0]: u ubar or d dbar, [1]: s sbar; each {P(pi0-like), P(pi0-like)+P(eta-like)}. */
    private final double[][] pseudoscalarMix = new double[2][];

    private final double[][] vectorMix = new double[2][];
    private final double etaSup;
    private final double etaPrimeSup;
    private final SpinFlavourWeights su6;

    HadronSpecies(FragmentationTune t) {
        multiplet[0] = cumulative(new double[] {1, t.mesonUDvector(), 0, 0, 0, 0});
        multiplet[1] = cumulative(new double[] {1, t.mesonSvector(), 0, 0, 0, 0});
        multiplet[2] = cumulative(new double[] {
            1, t.mesonCvector(), t.mesonCL1S0J1(), t.mesonCL1S1J0(), t.mesonCL1S1J1(), t.mesonCL1S1J2()
        });
        pseudoscalarMix[0] = mixing(t.thetaPS(), false);
        pseudoscalarMix[1] = mixing(t.thetaPS(), true);
        vectorMix[0] = mixing(t.thetaV(), false);
        vectorMix[1] = mixing(t.thetaV(), true);
        this.etaSup = t.etaSup();
        this.etaPrimeSup = t.etaPrimeSup();
        this.su6 = new SpinFlavourWeights(t.baryons().decupletSup());
    }

    private static double[] cumulative(double[] w) {
        double[] c = new double[w.length];
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            s += w[i];
            c[i] = s;
        }
        for (int i = 0; i < w.length; i++) {
            c[i] /= s;
        }
        return c;
    }

    /** {P(isovector), P(isovector) + P(octet-like)} for u ubar (or d dbar) or s sbar. */
    private static double[] mixing(double thetaDeg, boolean strange) {
        double th = Math.toRadians(thetaDeg);
        double c = Math.cos(th);
        double s = Math.sin(th);
        double r6 = Math.sqrt(6);
        double r3 = Math.sqrt(3);
        if (strange) {
            double octetLike = sq(2 * c / r6 + s / r3);
            return new double[] {0, octetLike};
        }
        double octetLike = sq(c / r6 - s / r3);
        return new double[] {0.5, 0.5 + octetLike};
    }

    private static double sq(double x) {
        return x * x;
    }

    /**
     * The signed PDG id of the hadron made of flavours {@code f1} and {@code f2} (one colour
     * triplet, one anti-triplet, in either order), or 0 when an eta or eta' was drawn and rejected.
     *
     * @throws IllegalArgumentException for two flavours that make no hadron (e.g. diquark +
     *     antidiquark)
     */
    int hadron(int f1, int f2, RandomStream rng) {
        boolean q1 = FlavourCodes.isQuark(f1);
        boolean q2 = FlavourCodes.isQuark(f2);
        if (q1 && q2 && (f1 > 0) != (f2 > 0)) {
            return f1 > 0 ? meson(f1, -f2, rng) : meson(f2, -f1, rng);
        }
        if (q1 && !q2 && FlavourCodes.isDiquark(f2) && (f1 > 0) == (f2 > 0)) {
            return Integer.signum(f1) * baryon(Math.abs(f1), Math.abs(f2), rng);
        }
        if (q2 && !q1 && FlavourCodes.isDiquark(f1) && (f1 > 0) == (f2 > 0)) {
            return Integer.signum(f2) * baryon(Math.abs(f2), Math.abs(f1), rng);
        }
        throw new IllegalArgumentException("flavours " + f1 + " and " + f2 + " make no hadron");
    }

    /**
     * The lightest hadron of two flavours (as in {@link #hadron}, without any random choice or
     * suppression): the pseudoscalar meson (pi0, eta or eta_c for a flavour-diagonal pair) or the
     * spin-1/2 baryon (Lambda-like for three different flavours; the decuplet for three identical).
     * Used for the last-resort single hadron of a tiny system.
     */
    int groundState(int f1, int f2) {
        int quark = f1 > 0 ? f1 : f2;
        int anti = f1 > 0 ? f2 : f1;
        if (FlavourCodes.isQuark(f1) && FlavourCodes.isQuark(f2) && (f1 > 0) != (f2 > 0)) {
            int q = quark;
            int qbar = -anti;
            if (q == qbar) {
                return q == 4 ? 441 : q == 3 ? 221 : 111;
            }
            int heavy = Math.max(q, qbar);
            int id = 100 * heavy + 10 * Math.min(q, qbar) + 1;
            return (heavy == q) == (heavy % 2 == 0) ? id : -id;
        }
        int q = FlavourCodes.isQuark(f1) ? f1 : f2;
        int dq = FlavourCodes.isQuark(f1) ? f2 : f1;
        if (!FlavourCodes.isDiquark(dq) || (q > 0) != (dq > 0)) {
            throw new IllegalArgumentException("flavours " + f1 + " and " + f2 + " make no hadron");
        }
        int a = Math.abs(dq);
        int[] f = {Math.abs(q), a / 1000, (a / 100) % 10};
        Arrays.sort(f);
        int x = f[2];
        int y = f[1];
        int z = f[0];
        int id;
        if (x == z) {
            id = 1000 * x + 110 * x + 4;
        } else if (x != y && y != z) {
            id = 1000 * x + 100 * z + 10 * y + 2;
        } else {
            id = 1000 * x + 100 * y + 10 * z + 2;
        }
        return Integer.signum(q) * id;
    }

    private int meson(int quark, int antiquark, RandomStream rng) {
        int heavy = Math.max(quark, antiquark);
        int light = Math.min(quark, antiquark);
        if (heavy > 4) {
            throw new IllegalArgumentException("no b or t hadrons in string fragmentation: " + heavy);
        }
        int cls = heavy <= 2 ? 0 : heavy - 2;
        int m = pickMultiplet(multiplet[cls], rng.nextDouble());
        if (heavy == light) {
            if (heavy == 4) {
                return CHARMONIUM[m];
            }
            return diagonal(heavy == 3, m, rng);
        }
        int id = PREFIX[m] + 100 * heavy + 10 * light + SPIN_DIGIT[m];
        // PDG sign: positive when the heavier quark is an up-type quark or a down-type antiquark.
        boolean heavyIsQuark = heavy == quark;
        boolean upType = heavy % 2 == 0;
        return heavyIsQuark == upType ? id : -id;
    }

    private static int pickMultiplet(double[] cumulative, double u) {
        for (int i = 0; i < cumulative.length - 1; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    private int diagonal(boolean strange, int multipletIndex, RandomStream rng) {
        int idx = strange ? 1 : 0;
        double u = rng.nextDouble();
        if (multipletIndex == 0) {
            double[] mix = pseudoscalarMix[idx];
            if (u < mix[0]) {
                return 111;
            }
            if (u < mix[1]) {
                return rng.nextDouble() < etaSup ? 221 : 0;
            }
            return rng.nextDouble() < etaPrimeSup ? 331 : 0;
        }
        if (multipletIndex == 1) {
            double[] mix = vectorMix[idx];
            return u < mix[0] ? 113 : u < mix[1] ? 333 : 223;
        }
        throw new IllegalArgumentException("light L=1 multiplets are not produced");
    }

    private int baryon(int quark, int diquark, RandomStream rng) {
        int qa = diquark / 1000;
        int qb = (diquark / 100) % 10;
        boolean spin1 = diquark % 10 == 3;
        boolean quarkInDiquark = quark == qa || quark == qb;
        double octet = su6.octet(spin1, qa == qb, quarkInDiquark);
        double decuplet = su6.decuplet(spin1, qa == qb, quarkInDiquark);
        double u = rng.nextDouble() * su6.maximum(spin1, qa == qb);
        if (u >= octet + decuplet) {
            return 0; // SU(6) rejection: the caller draws the break again
        }
        int[] f = {quark, qa, qb};
        Arrays.sort(f);
        int x = f[2];
        int y = f[1];
        int z = f[0];
        if (u >= octet) {
            return 1000 * x + 100 * y + 10 * z + 4; // decuplet (u is uniform below the sum)
        }
        if (x != y && y != z) {
            boolean lambdaLike;
            boolean diquarkIsYz = Math.max(qa, qb) == y && Math.min(qa, qb) == z;
            if (diquarkIsYz) {
                lambdaLike = !spin1;
            } else {
                lambdaLike = rng.nextDouble() < (spin1 ? 0.75 : 0.25);
            }
            return lambdaLike ? 1000 * x + 100 * z + 10 * y + 2 : 1000 * x + 100 * y + 10 * z + 2;
        }
        return 1000 * x + 100 * y + 10 * z + 2;
    }

    /** Every |PDG id| {@link #hadron} can return for u, d, s, c ends and u, d, s breaks. */
    static int[] producibleIds() {
        java.util.TreeSet<Integer> ids = new java.util.TreeSet<>();
        for (int heavy = 1; heavy <= 4; heavy++) {
            for (int light = 1; light <= heavy; light++) {
                int maxMultiplet = heavy == 4 ? 6 : 2;
                for (int m = 0; m < maxMultiplet; m++) {
                    if (heavy == light) {
                        ids.add(heavy == 4 ? CHARMONIUM[m] : 0);
                    } else {
                        ids.add(PREFIX[m] + 100 * heavy + 10 * light + SPIN_DIGIT[m]);
                    }
                }
            }
        }
        ids.remove(0);
        for (int id : new int[] {111, 221, 331, 113, 223, 333}) {
            ids.add(id);
        }
        for (int x = 1; x <= 4; x++) {
            for (int y = 1; y <= Math.min(x, 3); y++) {
                for (int z = 1; z <= y; z++) {
                    ids.add(1000 * x + 100 * y + 10 * z + 4);
                    if (!(x == y && y == z)) {
                        ids.add(1000 * x + 100 * y + 10 * z + 2);
                    }
                    if (x != y && y != z) {
                        ids.add(1000 * x + 100 * z + 10 * y + 2);
                    }
                }
            }
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }
}
