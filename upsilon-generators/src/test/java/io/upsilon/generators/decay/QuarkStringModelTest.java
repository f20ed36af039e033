package io.upsilon.generators.decay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** QUARK_STRING: meson codes, the systems it hands to the string, and the lines it refuses. */
class QuarkStringModelTest {
    private static final ParticleTable TABLE = ParticleTable.standard();

    private static List<ParticleData> line(String... names) {
        return Arrays.stream(names).map(TABLE::byName).toList();
    }

    @Test
    void lightestMesonFollowsThePdgNumberingScheme() {
        // (quark, antiquark) -> PDG id (PDG 2024 review "Monte Carlo particle numbering scheme").
        assertThat(QuarkStringModel.lightestMeson(2, 1)).isEqualTo(211); // u dbar = pi+
        assertThat(QuarkStringModel.lightestMeson(1, 2)).isEqualTo(-211); // d ubar = pi-
        assertThat(QuarkStringModel.lightestMeson(4, 2)).isEqualTo(421); // c ubar = D0
        assertThat(QuarkStringModel.lightestMeson(2, 4)).isEqualTo(-421); // u cbar = anti-D0
        assertThat(QuarkStringModel.lightestMeson(4, 1)).isEqualTo(411); // D+
        assertThat(QuarkStringModel.lightestMeson(4, 3)).isEqualTo(431); // D_s+
        assertThat(QuarkStringModel.lightestMeson(2, 3)).isEqualTo(321); // u sbar = K+
        assertThat(QuarkStringModel.lightestMeson(3, 2)).isEqualTo(-321); // s ubar = K-
        assertThat(QuarkStringModel.lightestMeson(1, 3)).isEqualTo(311); // d sbar = K0
        assertThat(QuarkStringModel.lightestMeson(3, 3)).isEqualTo(221); // eta
        assertThat(QuarkStringModel.lightestMeson(4, 4)).isEqualTo(441); // eta_c
    }

    @Test
    void systemsConserveFourMomentumAndPutTheQuarkFirst() {
        ParticleData b0 = TABLE.byName("B0");
        QuarkStringModel model = (QuarkStringModel)
                DecModels.create("QUARK_STRING", b0, line("u", "anti-d", "anti-c", "d"), new double[] {23}, TABLE)
                        .newInstance();
        RandomStream rng = RandomStreams.of(61).stream("quark-string");
        int[] ids = new int[16];
        boolean[] pairStart = new boolean[16];
        double[] out = new double[64];
        int collapsed = 0;
        int n = 20_000;
        Set<Integer> charmMesons = Set.of(-411, -413, -421, -423);
        for (int i = 0; i < n; i++) {
            int k = model.generateSystems(b0.mass(), rng, ids, pairStart, out);
            double[] sum = new double[4];
            for (int j = 0; j < k; j++) {
                for (int c = 0; c < 4; c++) {
                    sum[c] += out[4 * j + c];
                }
                if (pairStart[j]) {
                    assertThat(ids[j])
                            .as("the colour triplet (a quark) starts a pair")
                            .isPositive();
                    assertThat(ids[j + 1]).isNegative();
                } else if (j == 0 || !pairStart[j - 1]) {
                    // A collapsed pair: the anti-c d system becomes an anti-D(*) meson.
                    assertThat(Math.abs(ids[j])).isGreaterThan(100);
                    collapsed++;
                    if (j > 0) {
                        assertThat(charmMesons).contains(ids[j]);
                    }
                }
            }
            assertThat(Math.abs(sum[0]) + Math.abs(sum[1]) + Math.abs(sum[2])).isLessThan(1e-9);
            assertThat(sum[3]).isCloseTo(b0.mass(), org.assertj.core.data.Offset.offset(1e-9));
        }
        // The spectator system (anti-c d, mass >= 1.83 GeV) is often below D + pi0 (2.005 GeV).
        assertThat(collapsed).isBetween(n / 20, n);
    }

    @Test
    void spectatorCarriesTheAccmmFermiMomentum() {
        // A parent of 100 GeV: the anti-c d pair almost never collapses, so the spectator d is in the output
        // as drawn. ACCMM: density ~ exp(-q^2 / p_F^2), so <q^2> =
        // 3 p_F^2 / 2 (hep-ph/9604225), <|q|> = 2 p_F / sqrt(pi); the heavy quark recoils.
        List<ParticleData> partons = line("u", "anti-d", "anti-c", "d");
        double pF = QuarkStringModel.FERMI_MOMENTUM;
        QuarkStringModel model = new QuarkStringModel(
                partons,
                new double[0],
                TABLE,
                io.upsilon.generators.fragmentation.FragmentationTuneReader.belle2(),
                pF);
        RandomStream rng = RandomStreams.of(62).stream("quark-string");
        int[] ids = new int[16];
        boolean[] pairStart = new boolean[16];
        double[] out = new double[64];
        int n = 20_000;
        double sumQ2 = 0;
        double sumQ4 = 0;
        double sumQ = 0;
        int skipped = 0;
        for (int i = 0; i < n; i++) {
            // The spectator is the quark of the last pair, second to last (a light W pair may still
            // collapse into one meson, which its mass alone decides); the rare events in which the
            // anti-c d pair collapses (a very soft anti-c) are counted and left out.
            int k = model.generateSystems(100.0, rng, ids, pairStart, out);
            if (ids[k - 1] != -4) {
                skipped++;
                continue;
            }
            int d = 4 * (k - 2);
            assertThat(ids[d / 4]).isEqualTo(1);
            double q2 = out[d] * out[d] + out[d + 1] * out[d + 1] + out[d + 2] * out[d + 2];
            assertThat(out[d + 3]).isCloseTo(Math.sqrt(q2 + 0.33 * 0.33), org.assertj.core.data.Offset.offset(1e-12));
            sumQ2 += q2;
            sumQ4 += q2 * q2;
            sumQ += Math.sqrt(q2);
        }
        assertThat(skipped).isLessThan(n / 1000);
        n -= skipped;
        double meanQ2 = sumQ2 / n;
        double errQ2 = Math.sqrt((sumQ4 / n - meanQ2 * meanQ2) / n);
        assertThat(Math.abs(meanQ2 - 1.5 * pF * pF)).isLessThan(4 * errQ2);
        assertThat(sumQ / n).isCloseTo(2 * pF / Math.sqrt(Math.PI), org.assertj.core.data.Offset.offset(0.01 * pF));
        // p_F = 0: the spectator at rest.
        QuarkStringModel atRest = new QuarkStringModel(
                partons, new double[0], TABLE, io.upsilon.generators.fragmentation.FragmentationTuneReader.belle2(), 0);
        int d = 4 * (atRest.generateSystems(100.0, rng, ids, pairStart, out) - 2);
        assertThat(Math.abs(out[d]) + Math.abs(out[d + 1]) + Math.abs(out[d + 2]))
                .isZero();
        assertThat(out[d + 3]).isEqualTo(0.33);
    }

    @Test
    void linesItCannotFragmentAreRefused() {
        ParticleData b0 = TABLE.byName("B0");
        assertThatThrownBy(
                        () -> DecModels.create("QUARK_STRING", b0, line("u", "anti-d", "anti-c"), new double[0], TABLE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 or 4 quarks");
        assertThatThrownBy(() ->
                        DecModels.create("QUARK_STRING", b0, line("u", "d", "anti-c", "anti-d"), new double[0], TABLE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a quark and an antiquark");
        assertThatThrownBy(() ->
                        DecModels.create("PYTHIA", b0, line("u", "anti-d", "anti-c", "d"), new double[] {63}, TABLE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PYTHIA codes");
        assertThatThrownBy(() -> DecModels.create("QUARK_STRING", b0, line("b", "anti-d"), new double[0], TABLE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("u, d, s, c");
    }
}
