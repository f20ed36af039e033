package io.upsilon.generators.fragmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

class StringFragmentationTest {
    private static final ParticleTable PDG = ParticleTable.standard();
    private static final FragmentationTune TUNE = FragmentationTuneReader.belle2();
    private static final double SQRT_S = 10.58;
    private static final int STRINGS = 10_000;

    /** Relative tolerance of four-momentum sums: a few hundred roundings of O(10 GeV) numbers. */
    private static final double REL_TOL = 1e-12;

    private static RandomStream stream(String name) {
        return RandomStreams.of(20261207L).child("fragmentation-test").stream(name);
    }

    /** Net number of quarks of {@code flavour} (quarks minus antiquarks) in a hadron or parton. */
    static int netQuarks(int id, int flavour) {
        int a = Math.abs(id);
        int sign = Integer.signum(id);
        if (a <= 6) {
            return a == flavour ? sign : 0;
        }
        if (a == 21 || a == 22) {
            return 0;
        }
        int q1 = (a / 1000) % 10;
        int q2 = (a / 100) % 10;
        int q3 = (a / 10) % 10;
        if (q1 != 0) { // baryon: three quarks
            return sign * ((q1 == flavour ? 1 : 0) + (q2 == flavour ? 1 : 0) + (q3 == flavour ? 1 : 0));
        }
        if (q2 == q3) {
            return 0;
        }
        // meson: the heavier quark (q2) is a quark if the id is positive and it is up-type, or
        // negative and down-type; the lighter one is the other member.
        boolean heavyIsQuark = (id > 0) == (q2 % 2 == 0);
        int n = 0;
        if (q2 == flavour) {
            n += heavyIsQuark ? 1 : -1;
        }
        if (q3 == flavour) {
            n += heavyIsQuark ? -1 : 1;
        }
        return n;
    }

    /** Electric charge of a quark, diquark or gluon from its flavour content. */
    static double partonCharge(int id) {
        double q = 0;
        for (int f = 1; f <= 4; f++) {
            q += netQuarks(id, f) * (f % 2 == 0 ? 2.0 / 3 : -1.0 / 3);
        }
        return q;
    }

    /** Baryon number of a hadron from its PDG code (four digits, the first non-zero). */
    static int baryonNumber(int id) {
        int a = Math.abs(id);
        return a > 1000 && a < 10000 ? Integer.signum(id) : 0;
    }

    /** Checks the contract and every conservation law for the system at [first, last]. */
    private static int checkSystem(EventBuffer ev, int first, int last, int sizeBefore, HadronCatalog catalog) {
        int firstHadron = sizeBefore;
        int lastHadron = ev.size() - 1;
        assertThat(lastHadron).isGreaterThanOrEqualTo(firstHadron + 1);
        double[] sum = new double[4];
        double[] partons = new double[4];
        double scale = 0;
        double charge = 0;
        int[] net = new int[5];
        int baryons3 = 0;
        for (int p = first; p <= last; p++) {
            assertThat(ev.status(p)).isEqualTo(GenParticle.DECAYED);
            partons[0] += ev.px(p);
            partons[1] += ev.py(p);
            partons[2] += ev.pz(p);
            partons[3] += ev.e(p);
            scale = Math.max(scale, ev.e(p));
            int id = ev.pdgId(p);
            charge -= partonCharge(id);
            for (int f = 1; f <= 4; f++) {
                net[f] -= netQuarks(id, f);
                baryons3 -= netQuarks(id, f); // each quark carries baryon number 1/3
            }
        }
        int charged = 0;
        for (int h = firstHadron; h <= lastHadron; h++) {
            int id = ev.pdgId(h);
            assertThat(ev.status(h)).isEqualTo(GenParticle.FINAL);
            assertThat(ev.toEvent(0).particles().get(h).mother1()).isEqualTo(first);
            assertThat(ev.vertexZ(h)).isEqualTo(ev.vertexZ(first));
            double m2 = ev.e(h) * ev.e(h) - ev.px(h) * ev.px(h) - ev.py(h) * ev.py(h) - ev.pz(h) * ev.pz(h);
            double m = Math.sqrt(Math.max(m2, 0));
            double floor = id == 22 ? 0 : catalog.minimumMass(id);
            assertThat(m).as("mass of %d", id).isGreaterThan(floor - 1e-6 * scale);
            assertThat(ev.e(h)).isPositive();
            sum[0] += ev.px(h);
            sum[1] += ev.py(h);
            sum[2] += ev.pz(h);
            sum[3] += ev.e(h);
            double q = PDG.byId(id).charge();
            charge += q;
            if (q != 0) {
                charged++;
            }
            for (int f = 1; f <= 4; f++) {
                net[f] += netQuarks(id, f);
            }
            baryons3 += 3 * baryonNumber(id);
        }
        for (int p = first; p <= last; p++) {
            assertThat(ev.toEvent(0).particles().get(p).firstDaughter()).isEqualTo(firstHadron);
            assertThat(ev.toEvent(0).particles().get(p).lastDaughter()).isEqualTo(lastHadron);
        }
        for (int k = 0; k < 4; k++) {
            assertThat(Math.abs(sum[k] - partons[k])).as("component %d", k).isLessThan(REL_TOL * 100 * scale);
        }
        assertThat(Math.abs(charge)).as("charge").isLessThan(1e-9);
        for (int f = 1; f <= 4; f++) {
            assertThat(net[f]).as("net quark number of flavour %d", f).isZero();
        }
        assertThat(baryons3).as("3 x baryon number").isZero();
        return charged;
    }

    private static void backToBack(EventBuffer ev, int quark, double mass, double sqrtS) {
        double e = sqrtS / 2;
        double p = Math.sqrt(e * e - mass * mass);
        ev.clear();
        ev.add(quark, GenParticle.DOCUMENTATION, 0, 0, p, e);
        ev.add(-quark, GenParticle.DOCUMENTATION, 0, 0, -p, e);
        ev.setVertex(0, 0.01, -0.02, 0.3, 0.001);
        ev.setVertex(1, 0.01, -0.02, 0.3, 0.001);
    }

    @Test
    void qqbarStringsConserveEnergyMomentumChargeAndFlavour() {
        StringFragmentation frag = new StringFragmentation(TUNE, PDG);
        HadronCatalog catalog = new HadronCatalog(PDG);
        EventBuffer ev = new EventBuffer(64);
        String[] names = {"d", "u", "s", "c"};
        for (int q = 1; q <= 4; q++) {
            RandomStream rng = stream("qqbar-" + names[q - 1]);
            double mass = q == 4 ? TUNE.masses().c() : 0;
            long charged = 0;
            long all = 0;
            for (int n = 0; n < STRINGS; n++) {
                backToBack(ev, q, mass, SQRT_S);
                frag.fragment(ev, 0, 1, rng);
                charged += checkSystem(ev, 0, 1, 2, catalog);
                all += ev.size() - 2;
            }
            // Reported, not asserted: primary hadrons only (no decays yet).
            System.out.printf(
                    "%s %s-bar at %.2f GeV: %.3f primary hadrons, %.3f charged primaries per string%n",
                    names[q - 1], names[q - 1], SQRT_S, all / (double) STRINGS, charged / (double) STRINGS);
        }
    }

    /**
     * n massless momenta summing to (0, 0, 0, sqrtS): isotropic directions with energies -ln(u1 u2),
     * boosted to their rest frame and scaled (the first step of RAMBO, Kleiss, Stirling, Ellis,
     * Comput. Phys. Commun. 40 (1986) 359; the configurations need not be flat in phase space here).
     */
    private static void masslessConfiguration(RandomStream rng, int n, double sqrtS, double[] out) {
        double[] q = new double[4];
        for (int i = 0; i < n; i++) {
            double c = 2 * rng.nextDouble() - 1;
            double sn = Math.sqrt(1 - c * c);
            double phi = 2 * Math.PI * rng.nextDouble();
            double e = -Math.log(rng.nextOpenDouble() * rng.nextOpenDouble());
            out[4 * i] = e * sn * Math.cos(phi);
            out[4 * i + 1] = e * sn * Math.sin(phi);
            out[4 * i + 2] = e * c;
            out[4 * i + 3] = e;
            for (int k = 0; k < 4; k++) {
                q[k] += out[4 * i + k];
            }
        }
        double m = Math.sqrt(q[3] * q[3] - q[0] * q[0] - q[1] * q[1] - q[2] * q[2]);
        double bx = -q[0] / q[3];
        double by = -q[1] / q[3];
        double bz = -q[2] / q[3];
        double gamma = q[3] / m;
        for (int i = 0; i < n; i++) {
            int o = 4 * i;
            double bp = bx * out[o] + by * out[o + 1] + bz * out[o + 2];
            double coef = gamma * gamma / (gamma + 1) * bp + gamma * out[o + 3];
            double e = gamma * (out[o + 3] + bp);
            out[o] = (out[o] + coef * bx) * sqrtS / m;
            out[o + 1] = (out[o + 1] + coef * by) * sqrtS / m;
            out[o + 2] = (out[o + 2] + coef * bz) * sqrtS / m;
            out[o + 3] = e * sqrtS / m;
        }
    }

    @Test
    void gluonSystemsConserveEnergyMomentumChargeAndFlavour() {
        StringFragmentation frag = new StringFragmentation(TUNE, PDG);
        HadronCatalog catalog = new HadronCatalog(PDG);
        EventBuffer ev = new EventBuffer(64);
        RandomStream rng = stream("gluons");
        double[] out = new double[16];
        for (int n = 0; n < STRINGS; n++) {
            int gluons = 1 + n % 2;
            int quark = 1 + (n / 2) % 4;
            masslessConfiguration(rng, gluons + 2, SQRT_S, out);
            ev.clear();
            // a moving system: the configuration boosted along z by beta = 0.27 (about Belle II's)
            double beta = 0.27;
            double gamma = 1 / Math.sqrt(1 - beta * beta);
            for (int i = 0; i < gluons + 2; i++) {
                int id = i == 0 ? quark : i == gluons + 1 ? -quark : 21;
                double pz = gamma * (out[4 * i + 2] + beta * out[4 * i + 3]);
                double e = gamma * (out[4 * i + 3] + beta * out[4 * i + 2]);
                ev.add(id, GenParticle.DOCUMENTATION, out[4 * i], out[4 * i + 1], pz, e);
            }
            int before = ev.size();
            frag.fragment(ev, 0, gluons + 1, rng);
            checkSystem(ev, 0, gluons + 1, before, catalog);
        }
    }

    @Test
    void softGluonsAndMassiveCharmEndsKeepTheKinematicsExact() {
        // A 1 MeV gluon cannot make hadrons on either side of a split: it ends up absorbed into the
        // nearer string end (the documented last resort). A massive c g cbar system (m_c = 1.5) in
        // a non-back-to-back configuration exercises the massive ends with a kink.
        StringFragmentation frag = new StringFragmentation(TUNE, PDG);
        HadronCatalog catalog = new HadronCatalog(PDG);
        EventBuffer ev = new EventBuffer(64);
        RandomStream rng = stream("soft-gluon");
        for (int n = 0; n < 500; n++) {
            ev.clear();
            ev.add(2, GenParticle.DOCUMENTATION, 0, 0.001, 5.0, Math.hypot(5.0, 0.001));
            ev.add(21, GenParticle.DOCUMENTATION, 0, 0, 0.001, 0.001);
            ev.add(-2, GenParticle.DOCUMENTATION, 0, -0.001, -5.001, Math.hypot(5.001, 0.001));
            frag.fragment(ev, 0, 2, rng);
            checkSystem(ev, 0, 2, 3, catalog);
            ev.clear();
            double mc = 1.5;
            ev.add(4, GenParticle.DOCUMENTATION, 0, 0, 3, Math.sqrt(9 + mc * mc));
            ev.add(21, GenParticle.DOCUMENTATION, 1, 0, -1, Math.sqrt(2));
            ev.add(-4, GenParticle.DOCUMENTATION, -1, 0, -2, Math.sqrt(5 + mc * mc));
            frag.fragment(ev, 0, 2, rng);
            checkSystem(ev, 0, 2, 3, catalog);
        }
    }

    /**
     * {adjacent, one meson between}: baryon-antibaryon neighbours in string order of u ubar strings
     * at 10.58 GeV: walking along the string, a baryon (or antibaryon) and the next hadron of
     * opposite baryon number one or two places on; each pair is counted once.
     */
    private static int[] baryonGaps(FragmentationTune tune, String name) {
        StringFragmentation frag = new StringFragmentation(tune, PDG);
        HadronCatalog catalog = new HadronCatalog(PDG);
        EventBuffer ev = new EventBuffer(64);
        RandomStream rng = stream(name);
        int[] gaps = new int[2];
        for (int n = 0; n < STRINGS; n++) {
            backToBack(ev, 2, 0, SQRT_S);
            frag.fragment(ev, 0, 1, rng);
            checkSystem(ev, 0, 1, 2, catalog);
            for (int h = 2; h < ev.size() - 1; h++) {
                int b = baryonNumber(ev.pdgId(h));
                if (b == 0) {
                    continue;
                }
                if (baryonNumber(ev.pdgId(h + 1)) == -b) {
                    gaps[0]++;
                    h++; // the pair is counted: go on after it
                } else if (h + 2 < ev.size()
                        && baryonNumber(ev.pdgId(h + 1)) == 0
                        && baryonNumber(ev.pdgId(h + 2)) == -b) {
                    gaps[1]++;
                    h += 2;
                }
            }
        }
        return gaps;
    }

    @Test
    void popcornPutsOneMesonBetweenBaryonAndAntibaryon() {
        // Without popcorn the baryon and antibaryon of a diquark pair are always neighbours in
        // string order. With the Belle II tune's popcorn (PYTHIA 8's default rate: popcornRate / (0.5
        // + popcornRate) = 0.5, less the strangeness factors) 0.48 of the diquark pairs drawn at a
        // break start B M Bbar (BreakFlavourTest); along whole strings the share is lower (0.27 here)
        // because a diquark pair drawn by the final two-hadron join, or a string closed while a
        // popcorn meson is pending, has no room for the meson. Asserted: none without popcorn, and
        // between 0.2 and the break-level 0.48 with it.
        int[] off = baryonGaps(TUNE.withBaryons(TUNE.baryons().withPopcorn(false)), "popcorn-off");
        int[] on = baryonGaps(TUNE, "popcorn-on");
        double offShare = off[1] / (double) (off[0] + off[1]);
        double onShare = on[1] / (double) (on[0] + on[1]);
        System.out.printf(
                "B-Bbar pairs with one meson between: popcorn off %.3f (%d pairs), on %.3f (%d pairs)%n",
                offShare, off[0] + off[1], onShare, on[0] + on[1]);
        assertThat(off[1]).isZero();
        assertThat(onShare).isBetween(0.2, 0.48);
    }

    @Test
    void diquarkEndsConserveBaryonNumberAndFlavour() {
        StringFragmentation frag = new StringFragmentation(TUNE, PDG);
        HadronCatalog catalog = new HadronCatalog(PDG);
        EventBuffer ev = new EventBuffer(64);
        RandomStream rng = stream("diquarks");
        int[][] ends = {{2, 2101}, {-2101, -2}, {-3203, 2103}, {3, 1103}};
        for (int[] pair : ends) {
            for (int n = 0; n < 2000; n++) {
                ev.clear();
                ev.add(pair[0], GenParticle.DOCUMENTATION, 0.3, 0, 5.2, 5.3);
                ev.add(pair[1], GenParticle.DOCUMENTATION, -0.3, 0, -5.2, 5.3);
                frag.fragment(ev, 0, 1, rng);
                checkSystem(ev, 0, 1, 2, catalog);
            }
        }
    }

    @Test
    void smallSystemsBecomeOneOrTwoHadronsWithExactKinematics() {
        StringFragmentation frag = new StringFragmentation(TUNE, PDG);
        HadronCatalog catalog = new HadronCatalog(PDG);
        EventBuffer ev = new EventBuffer(16);
        RandomStream rng = stream("small");
        double[][] cases = {
            {2, 0.14}, {2, 0.3}, {2, 0.6}, {1, 1.2}, {3, 0.6}, {3, 1.1}, {3, 1.6}, {4, 3.0}, {4, 3.2}, {4, 3.9},
            {4, 4.5}
        };
        for (double[] c : cases) {
            int q = (int) c[0];
            double mass = q == 4 ? TUNE.masses().c() : 0;
            for (int n = 0; n < 2000; n++) {
                backToBack(ev, q, mass, c[1]);
                frag.fragment(ev, 0, 1, rng);
                checkSystem(ev, 0, 1, 2, catalog);
            }
        }
    }

    @Test
    void everySystemAboveItsLightestHadronFragmentsAndNoneBelow() {
        // Random masses from threshold to 11 GeV, tilted and boosted along z (|beta| < 0.9): the
        // only failures allowed are systems lighter than the lightest hadron of their flavours
        // (pi0 0.135, eta 0.548, eta_c 2.984 GeV, PDG 2024), which must fail.
        StringFragmentation frag = new StringFragmentation(TUNE, PDG);
        HadronCatalog catalog = new HadronCatalog(PDG);
        EventBuffer ev = new EventBuffer(64);
        RandomStream rng = stream("stress");
        double[] lightest = {
            0,
            PDG.byId(111).mass(),
            PDG.byId(111).mass(),
            PDG.byId(221).mass(),
            PDG.byId(441).mass()
        };
        for (int i = 0; i < 40_000; i++) {
            int q = 1 + i % 4;
            double m = q == 4 ? 1.27 : 0;
            double w = 2 * m + 0.01 + rng.nextDouble() * (11 - 2 * m);
            double e = w / 2;
            double p = Math.sqrt(e * e - m * m);
            double bz = 0.9 * (2 * rng.nextDouble() - 1);
            double g = 1 / Math.sqrt(1 - bz * bz);
            double pl = Math.sqrt(1 - 0.2 * 0.2) * p;
            ev.clear();
            ev.add(q, GenParticle.DOCUMENTATION, 0.2 * p, 0, g * (pl + bz * e), g * (e + bz * pl));
            ev.add(-q, GenParticle.DOCUMENTATION, -0.2 * p, 0, g * (-pl + bz * e), g * (e - bz * pl));
            if (w > lightest[q]) {
                frag.fragment(ev, 0, 1, rng);
                checkSystem(ev, 0, 1, 2, catalog);
            } else {
                assertThatThrownBy(() -> frag.fragment(ev, 0, 1, rng)).isInstanceOf(StringFragmentationException.class);
            }
        }
    }

    @Test
    void aSystemBelowTheLightestHadronThrowsTheDocumentedException() {
        StringFragmentation frag = new StringFragmentation(TUNE, PDG);
        EventBuffer ev = new EventBuffer(16);
        // u ubar at 0.1 GeV: lighter than a pi0 (0.135 GeV, PDG 2024).
        backToBack(ev, 2, 0, 0.1);
        assertThatThrownBy(() -> frag.fragment(ev, 0, 1, stream("too-light")))
                .isInstanceOf(StringFragmentationException.class)
                .hasMessageContaining("could not fragment");
        assertThat(ev.size()).isEqualTo(2);
        assertThat(ev.status(0)).isEqualTo(GenParticle.DOCUMENTATION);
    }

    @Test
    void rejectsRangesThatAreNotStrings() {
        StringFragmentation frag = new StringFragmentation(TUNE, PDG);
        EventBuffer ev = new EventBuffer(16);
        backToBack(ev, 2, 0, SQRT_S);
        RandomStream rng = stream("bad");
        assertThatThrownBy(() -> frag.fragment(ev, 0, 0, rng)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> frag.fragment(ev, 1, 2, rng)).isInstanceOf(IllegalArgumentException.class);
        EventBuffer reversed = new EventBuffer(4);
        reversed.add(-2, 3, 0, 0, 5, 5);
        reversed.add(2, 3, 0, 0, -5, 5);
        assertThatThrownBy(() -> frag.fragment(reversed, 0, 1, rng))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("triplet");
        EventBuffer bottom = new EventBuffer(4);
        bottom.add(5, 3, 0, 0, 5, 5.5);
        bottom.add(-5, 3, 0, 0, -5, 5.5);
        assertThatThrownBy(() -> frag.fragment(bottom, 0, 1, rng)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sameStreamGivesTheSameHadrons() {
        EventBuffer a = new EventBuffer(64);
        EventBuffer b = new EventBuffer(64);
        RandomStream ra = stream("repro");
        RandomStream rb = stream("repro");
        StringFragmentation fa = new StringFragmentation(TUNE, PDG);
        StringFragmentation fb = new StringFragmentation(TUNE, PDG);
        for (int n = 0; n < 200; n++) {
            backToBack(a, 1 + n % 4, n % 4 == 3 ? 1.5 : 0, SQRT_S);
            backToBack(b, 1 + n % 4, n % 4 == 3 ? 1.5 : 0, SQRT_S);
            fa.fragment(a, 0, 1, ra);
            fb.fragment(b, 0, 1, rb);
            assertThat(b.toEvent(n)).isEqualTo(a.toEvent(n));
        }
    }

    @Test
    void primaryHadronPtWidthFollowsSigma() {
        // Along z, a primary hadron's px gets the kicks of its two neighbouring breaks, each
        // Gaussian with variance sigma^2/2 per component (times enhancedWidth^2 in a fraction
        // enhancedFraction of breaks): <px^2 + py^2> = 2 sigma^2 (1 - f + f w^2). The first hadron
        // of each end has one break only: sigma^2 (1 - f + f w^2). Checked on hadrons of rank 1 and
        // ranks 2-3 from each end of 500 GeV u ubar strings (~16 primaries), where these ranks come
        // from free iterative steps: near the final join, redrawn joins and refragmented strings
        // prefer low pT (a few % at the middle of a 10 GeV string), as in any Lund implementation.
        StringFragmentation frag = new StringFragmentation(TUNE, PDG);
        EventBuffer ev = new EventBuffer(128);
        RandomStream rng = stream("pt");
        double[] sum = new double[2];
        long[] n = new long[2];
        for (int s = 0; s < 20_000; s++) {
            backToBack(ev, 2, 0, 500);
            frag.fragment(ev, 0, 1, rng);
            int firstH = 2;
            int lastH = ev.size() - 1;
            for (int h = firstH; h <= lastH; h++) {
                int rank = Math.min(h - firstH, lastH - h) + 1;
                double pt2 = ev.px(h) * ev.px(h) + ev.py(h) * ev.py(h);
                if (rank == 1) {
                    sum[0] += pt2;
                    n[0]++;
                } else if (rank <= 3) {
                    sum[1] += pt2;
                    n[1]++;
                }
            }
        }
        double f = TUNE.enhancedFraction();
        double w = TUNE.enhancedWidth();
        double perBreak = TUNE.sigma() * TUNE.sigma() * (1 - f + f * w * w);
        double rank1 = sum[0] / n[0];
        double inner = sum[1] / n[1];
        System.out.printf(
                "primary <pT^2>: rank 1 %.5f (expected %.5f), ranks 2-3 %.5f (expected %.5f) GeV^2%n",
                rank1, perBreak, inner, 2 * perBreak);
        // pT^2 of a 2D Gaussian is exponential (relative sd 1, a bit more with the 1 % wide tail):
        // with 4e4 (8e4) hadrons the relative error is 0.5 % (0.35 %); 2 % is > 4 sd.
        assertThat(rank1).isCloseTo(perBreak, org.assertj.core.data.Percentage.withPercentage(2));
        assertThat(inner).isCloseTo(2 * perBreak, org.assertj.core.data.Percentage.withPercentage(2));
    }
}
