package io.upsilon.generators.fragmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HadronSpeciesTest {
    private static final FragmentationTune TUNE = FragmentationTuneReader.belle2();
    private static final int N = 400_000;

    private static Map<Integer, Long> histogram(int f1, int f2, String name) {
        HadronSpecies species = new HadronSpecies(TUNE);
        RandomStream rng = RandomStreams.of(8L).child("species").stream(name);
        Map<Integer, Long> h = new HashMap<>();
        for (int i = 0; i < N; i++) {
            h.merge(species.hadron(f1, f2, rng), 1L, Long::sum);
        }
        return h;
    }

    private static double fraction(Map<Integer, Long> h, int id) {
        return h.getOrDefault(id, 0L) / (double) N;
    }

    private static double fiveSigma(double p) {
        return 5 * Math.sqrt(p * (1 - p) / N) + 1e-9;
    }

    @Test
    void charmMesonMultipletsFollowTheBelle2Tune() {
        // c ubar: D0 : D*0 : D_1 : D_0* : D'_1 : D_2* = 1 : mesonCvector : L1S0J1 : L1S1J0 : L1S1J1
        // : L1S1J2; the PDG codes of the L=1 states are 10423, 10421, 20423, 425.
        Map<Integer, Long> h = histogram(4, -2, "c-ubar");
        double[] w = {
            1, TUNE.mesonCvector(), TUNE.mesonCL1S0J1(), TUNE.mesonCL1S1J0(), TUNE.mesonCL1S1J1(), TUNE.mesonCL1S1J2()
        };
        int[] ids = {421, 423, 10423, 10421, 20423, 425};
        double sum = 0;
        for (double x : w) {
            sum += x;
        }
        for (int i = 0; i < ids.length; i++) {
            double p = w[i] / sum;
            assertThat(fraction(h, ids[i])).as("id %d", ids[i]).isCloseTo(p, within(fiveSigma(p)));
        }
        // The Belle II tune's pseudoscalar fraction: 1 / (1 + 2.8 + 0.608) = 0.227.
        assertThat(fraction(h, 421)).isCloseTo(0.227, within(0.003));
    }

    @Test
    void uUbarMixesIntoPi0EtaEtaPrimeWithSuppression() {
        // theta_PS = -15 deg: u ubar -> pi0 1/2, eta (cos/sqrt6 - sin/sqrt3)^2 = 0.2957, eta' 0.2043
        // (hand-evaluated); eta and eta' then kept with etaSup = 0.27 and etaPrimeSup = 0.12.
        // The pseudoscalar multiplet has weight 1 / (1 + mesonUDvector).
        Map<Integer, Long> h = histogram(2, -2, "u-ubar");
        double pPs = 1 / (1 + TUNE.mesonUDvector());
        double pV = 1 - pPs;
        assertThat(fraction(h, 111)).isCloseTo(0.5 * pPs, within(fiveSigma(0.5 * pPs)));
        assertThat(fraction(h, 221)).isCloseTo(0.2957 * 0.27 * pPs, within(fiveSigma(0.2957 * 0.27 * pPs) + 1e-4));
        assertThat(fraction(h, 331)).isCloseTo(0.2043 * 0.12 * pPs, within(fiveSigma(0.2043 * 0.12 * pPs) + 1e-4));
        assertThat(fraction(h, 0)).isCloseTo((0.2957 * 0.73 + 0.2043 * 0.88) * pPs, within(fiveSigma(0.4) + 1e-4));
        // theta_V = 36 deg: rho0 1/2, omega ~1/2, phi (cos/sqrt6 - sin/sqrt3)^2 = 8.3e-5.
        assertThat(fraction(h, 113)).isCloseTo(0.5 * pV, within(fiveSigma(0.5 * pV)));
        assertThat(fraction(h, 333)).isLessThan(3e-4);
        // s sbar: no pi0 or rho0; the phi takes (2 cos/sqrt6 + sin/sqrt3)^2 = 0.99992 of the vectors.
        Map<Integer, Long> s = histogram(3, -3, "s-sbar");
        assertThat(fraction(s, 111)).isZero();
        assertThat(fraction(s, 113)).isZero();
        double psV = TUNE.mesonSvector() / (1 + TUNE.mesonSvector());
        assertThat(fraction(s, 333)).isCloseTo(psV, within(fiveSigma(psV) + 1e-4));
    }

    @Test
    void mesonSignsFollowThePdgConvention() {
        HadronSpecies species = new HadronSpecies(TUNE);
        RandomStream rng = RandomStreams.of(9L).stream("signs");
        int[][] cases = {
            {2, -3, 321},
            {3, -2, -321},
            {1, -3, 311},
            {3, -1, -311},
            {4, -1, 411},
            {1, -4, -411},
            {4, -2, 421},
            {2, -4, -421},
            {4, -3, 431},
            {2, -1, 211},
            {1, -2, -211}
        };
        for (int[] c : cases) {
            for (int i = 0; i < 200; i++) {
                int id = species.hadron(c[0], c[1], rng);
                assertThat(Integer.signum(id)).as("%d %d", c[0], c[1]).isEqualTo(Integer.signum(c[2]));
                assertThat(Math.abs(id) % 1000 / 10).isEqualTo(Math.abs(c[2]) / 10);
                // same answer with the flavours in the other order
                assertThat(Integer.signum(species.hadron(c[1], c[0], rng))).isEqualTo(Integer.signum(c[2]));
            }
        }
    }

    @Test
    void baryonsFollowTheSu6WeightsWithAcceptance() {
        // SU(6) (octet, decuplet) weights of SpinFlavourWeights with decupletSup = 1; a combination
        // is accepted with (octet + decuplet) / max for its kind of diquark (0 = rejected):
        // spin 0: max 3/4; spin 1, two flavours: max 3/4; spin 1, one flavour twice: max 1.
        // u + (ud)_1: (1/12, 2/3), accepted always: p 1/9, Delta+ 8/9.
        Map<Integer, Long> p = histogram(2, 2103, "u-ud1");
        assertThat(fraction(p, 2212)).isCloseTo(1.0 / 9, within(fiveSigma(1.0 / 9)));
        assertThat(fraction(p, 2214)).isCloseTo(8.0 / 9, within(fiveSigma(8.0 / 9)));
        // s + (ud)_0: (1/2, 0): Lambda 2/3, rejected 1/3; u + (sd)_0: accepted 2/3, Lambda 1/4 and
        // Sigma0 3/4 of that (isospin recoupling).
        Map<Integer, Long> sud = histogram(3, 2101, "s-ud0");
        assertThat(fraction(sud, 3122)).isCloseTo(2.0 / 3, within(fiveSigma(2.0 / 3)));
        assertThat(fraction(sud, 0)).isCloseTo(1.0 / 3, within(fiveSigma(1.0 / 3)));
        Map<Integer, Long> l = histogram(2, 3101, "u-sd0");
        assertThat(fraction(l, 3122)).isCloseTo(1.0 / 6, within(fiveSigma(1.0 / 6)));
        assertThat(fraction(l, 3212)).isCloseTo(0.5, within(fiveSigma(0.5)));
        // u + (ud)_0: proton only, always accepted.
        assertThat(fraction(histogram(2, 2101, "u-ud0"), 2212)).isEqualTo(1.0);
        // d + (su)_1: (1/6, 1/3) / (3/4): Sigma*0 4/9; octet 2/9 split Lambda 3/4, Sigma0 1/4.
        Map<Integer, Long> ds = histogram(1, 3203, "d-su1");
        assertThat(fraction(ds, 3214)).isCloseTo(4.0 / 9, within(fiveSigma(4.0 / 9)));
        assertThat(fraction(ds, 3122)).isCloseTo(1.0 / 6, within(fiveSigma(1.0 / 6)));
        assertThat(fraction(ds, 3212)).isCloseTo(1.0 / 18, within(fiveSigma(1.0 / 18)));
        // three identical quarks: decuplet only, weight 1 = max; antiquark + antidiquark gives the
        // antibaryon.
        assertThat(fraction(histogram(1, 1103, "d-dd1"), 1114)).isEqualTo(1.0);
        assertThat(fraction(histogram(-3, -3303, "sbar-ss1bar"), -3334)).isEqualTo(1.0);
        // u + (dd)_1: (1/6, 1/3) / 1: n 1/6, Delta0 1/3, rejected 1/2.
        Map<Integer, Long> udd = histogram(2, 1103, "u-dd1");
        assertThat(fraction(udd, 2112)).isCloseTo(1.0 / 6, within(fiveSigma(1.0 / 6)));
        assertThat(fraction(udd, 2114)).isCloseTo(1.0 / 3, within(fiveSigma(1.0 / 3)));
        // charm: c + (ud)_0 = Lambda_c+ 2/3, c + (su)_0 = Xi_c+ (4232) 2/3, c + (ss)_1 = Omega_c0
        // 1/6 / Omega_c*0 1/3.
        assertThat(fraction(histogram(4, 2101, "c-ud0"), 4122)).isCloseTo(2.0 / 3, within(fiveSigma(2.0 / 3)));
        assertThat(fraction(histogram(4, 3201, "c-su0"), 4232)).isCloseTo(2.0 / 3, within(fiveSigma(2.0 / 3)));
        Map<Integer, Long> om = histogram(4, 3303, "c-ss1");
        assertThat(fraction(om, 4332)).isCloseTo(1.0 / 6, within(fiveSigma(1.0 / 6)));
        assertThat(fraction(om, 4334)).isCloseTo(1.0 / 3, within(fiveSigma(1.0 / 3)));
    }

    @Test
    void decupletSupThinsTheDecuplet() {
        // decupletSup = 0.5, u + (ud)_1: (1/12, 1/3), max(5/12, 1/6 + 1/6) = 5/12: accepted always,
        // p 1/5, Delta+ 4/5.
        FragmentationTune t = TUNE.withBaryons(new SpinFlavourBaryons(0.5, false, 0.5, 0.9, 0.5));
        HadronSpecies species = new HadronSpecies(t);
        RandomStream rng = RandomStreams.of(8L).child("species").stream("decupletSup");
        int protons = 0;
        int deltas = 0;
        for (int i = 0; i < N; i++) {
            int id = species.hadron(2, 2103, rng);
            protons += id == 2212 ? 1 : 0;
            deltas += id == 2214 ? 1 : 0;
        }
        assertThat(protons / (double) N).isCloseTo(0.2, within(fiveSigma(0.2)));
        assertThat(deltas / (double) N).isCloseTo(0.8, within(fiveSigma(0.8)));
    }

    @Test
    void groundStatesAreTheLightestHadrons() {
        HadronSpecies species = new HadronSpecies(TUNE);
        assertThat(species.groundState(2, -2)).isEqualTo(111);
        assertThat(species.groundState(3, -3)).isEqualTo(221);
        assertThat(species.groundState(-4, 4)).isEqualTo(441);
        assertThat(species.groundState(2, -3)).isEqualTo(321);
        assertThat(species.groundState(-1, 4)).isEqualTo(411);
        assertThat(species.groundState(4, 2101)).isEqualTo(4122);
        assertThat(species.groundState(1, 1103)).isEqualTo(1114);
        assertThat(species.groundState(-2, -2101)).isEqualTo(-2212);
        assertThat(species.groundState(2, 3101)).isEqualTo(3122);
    }

    @Test
    void everyProducibleHadronIsInTheStandardTableAndBadPairsAreRefused() {
        ParticleTable table = ParticleTable.standard();
        for (int id : HadronSpecies.producibleIds()) {
            assertThat(table.contains(id)).as("id %d", id).isTrue();
        }
        HadronSpecies species = new HadronSpecies(TUNE);
        RandomStream rng = RandomStreams.of(1L).stream("bad");
        assertThatThrownBy(() -> species.hadron(2, 2, rng)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> species.hadron(-2101, 2103, rng)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> species.hadron(2, -2101, rng)).isInstanceOf(IllegalArgumentException.class);
    }
}
