package io.upsilon.generators.decay;

/**
 * Test support: quantum numbers from a PDG Monte-Carlo id (numbering scheme of the PDG review
 * "Monte Carlo particle numbering scheme", PDG 2024): charm, strangeness, baryon number and the
 * three lepton numbers, so that a decay table can be checked for what strong, electromagnetic and
 * weak decays conserve.
 */
record FlavourContent(int charm, int strangeness, int baryonNumberTimes3, int electron, int muon, int tau) {

    /** The quantum numbers of the particle with PDG id {@code id}. */
    static FlavourContent of(int id) {
        int a = Math.abs(id);
        int sign = Integer.signum(id);
        switch (a) {
            case 11, 12 -> {
                return new FlavourContent(0, 0, 0, sign, 0, 0);
            }
            case 13, 14 -> {
                return new FlavourContent(0, 0, 0, 0, sign, 0);
            }
            case 15, 16 -> {
                return new FlavourContent(0, 0, 0, 0, 0, sign);
            }
            default -> {
                // fall through to hadrons
            }
        }
        int nq1 = (a / 1000) % 10;
        int nq2 = (a / 100) % 10;
        int nq3 = (a / 10) % 10;
        if (nq2 == 0 || nq3 == 0) {
            return new FlavourContent(0, 0, 0, 0, 0, 0); // gauge bosons and the like
        }
        int[] quarks;
        int[] antiquarks;
        if (nq1 != 0) {
            quarks = new int[] {nq1, nq2, nq3}; // baryon: three quarks for a positive id
            antiquarks = new int[0];
        } else if (nq2 % 2 == 0) {
            quarks = new int[] {nq2}; // meson: the heavier quark is the quark when up-type (D+ = c dbar)
            antiquarks = new int[] {nq3};
        } else {
            quarks = new int[] {nq3}; // ... and the antiquark when down-type (K+ = u sbar)
            antiquarks = new int[] {nq2};
        }
        int c = count(quarks, 4) - count(antiquarks, 4);
        int s = -(count(quarks, 3) - count(antiquarks, 3));
        int b3 = quarks.length - antiquarks.length;
        return new FlavourContent(sign * c, sign * s, sign * b3, 0, 0, 0);
    }

    /** The sum of the quantum numbers of the particles with ids {@code ids}. */
    static FlavourContent sum(int... ids) {
        int c = 0;
        int s = 0;
        int b = 0;
        int e = 0;
        int m = 0;
        int t = 0;
        for (int id : ids) {
            FlavourContent f = of(id);
            c += f.charm;
            s += f.strangeness;
            b += f.baryonNumberTimes3;
            e += f.electron;
            m += f.muon;
            t += f.tau;
        }
        return new FlavourContent(c, s, b, e, m, t);
    }

    private static int count(int[] qs, int flavour) {
        int n = 0;
        for (int q : qs) {
            if (q == flavour) {
                n++;
            }
        }
        return n;
    }
}
