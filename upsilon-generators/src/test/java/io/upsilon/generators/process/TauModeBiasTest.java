package io.upsilon.generators.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.generators.decay.ModeBias;
import io.upsilon.generators.decay.TauDecayTable;
import io.upsilon.generators.decay.TauDecayer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Importance sampling of the tau decay modes ({@code ee-tautau bias_mu=..., bias_pi=...}): the
 * biased modes are picked with the probabilities q the factors say, every event carries exactly
 * the product of BR / q over its two taus, and weighted sums estimate the unbiased expectations
 * (mode fractions and cross section) within their statistical errors.
 */
class TauModeBiasTest {
    private static final double BIAS_MU = 4;
    private static final double BIAS_PI = 3;
    private final Beam y4s = Beam.preset("Y4S");
    private final Process tautau = ProcessRegistry.standard().get("ee-tautau");

    private EventGenerator generator(Map<String, String> given) {
        ProcessParameters values = ProcessParameters.parse(tautau.name(), tautau.parameters(), given, "test");
        return tautau.newGenerator(y4s, values, GeneratorOptions.DEFAULT);
    }

    /** Mode class of the tau at {@code tau}: 0 mu nu nu, 1 pi nu or K nu, 2 any other. */
    private static int modeClass(GenEvent ev, int tau) {
        GenParticle t = ev.particles().get(tau);
        int n = t.lastDaughter() - t.firstDaughter() + 1;
        boolean muon = false;
        boolean oneHadron = false;
        for (int d = t.firstDaughter(); d <= t.lastDaughter(); d++) {
            int a = Math.abs(ev.particles().get(d).pdgId());
            muon |= a == 13;
            oneHadron |= n == 2 && (a == 211 || a == 321);
        }
        return muon ? 0 : oneHadron ? 1 : 2;
    }

    @Test
    void unitFactorsGiveExactlyTheUnbiasedEvents() {
        long plain = TauSpinSwitchTest.checksum(generator(Map.of()), 11, 300);
        long ones = TauSpinSwitchTest.checksum(generator(Map.of("bias_mu", "1", "bias_pi", "1")), 11, 300);
        assertThat(ones).isEqualTo(plain);
        long biased = TauSpinSwitchTest.checksum(generator(Map.of("bias_mu", "4")), 11, 300);
        assertThat(biased).isNotEqualTo(plain);
    }

    @Test
    void modesFollowTheBiasedProbabilitiesAndWeightsUndoIt() {
        TauDecayTable table = TauDecayTable.standard();
        double brMu = table.channel("mu-nu-nu").branchingFraction();
        double brPi = table.channel("pi-nu").branchingFraction()
                + table.channel("K-nu").branchingFraction();
        double norm = 1 + (BIAS_MU - 1) * brMu + (BIAS_PI - 1) * brPi;
        double[] ratio = {norm / BIAS_MU, norm / BIAS_PI, norm};
        double[] q = {BIAS_MU * brMu / norm, BIAS_PI * brPi / norm, 1 - (BIAS_MU * brMu + BIAS_PI * brPi) / norm};

        EventGenerator biased =
                generator(Map.of("bias_mu", Double.toString(BIAS_MU), "bias_pi", Double.toString(BIAS_PI)));
        EventGenerator plain = generator(Map.of());
        RandomStreams rs = RandomStreams.of(20261208L);
        RandomStream beamB = rs.stream("beam-biased");
        RandomStream rngB = rs.stream("process-biased");
        RandomStream beamP = rs.stream("beam-plain");
        RandomStream rngP = rs.stream("process-plain");
        EventBuffer b = new EventBuffer(16);
        int n = 20_000;
        long[] picked = new long[3];
        double sumW = 0;
        double sumW2 = 0;
        double sumPlain = 0;
        double sumPlain2 = 0;
        double[] wMode = new double[3];
        double[] wMode2 = new double[3];
        double wMuMu = 0;
        double wMuMu2 = 0;
        for (int i = 0; i < n; i++) {
            double wp = plain.generate(beamP, rngP, b);
            sumPlain += wp;
            sumPlain2 += wp * wp;
            double w = biased.generate(beamB, rngB, b);
            GenEvent ev = b.toEvent(i);
            List<GenParticle> ps = ev.particles();
            int[] classes = new int[2];
            int taus = 0;
            for (int k = 0; k < ps.size(); k++) {
                if (Math.abs(ps.get(k).pdgId()) == 15 && ps.get(k).status() == GenParticle.DECAYED) {
                    classes[taus++] = modeClass(ev, k);
                }
            }
            assertThat(taus).isEqualTo(2);
            sumW += w;
            sumW2 += w * w;
            for (int c : classes) {
                picked[c]++;
                wMode[c] += w;
                wMode2[c] += w * w;
            }
            if (classes[0] == 0 && classes[1] == 0) {
                wMuMu += w;
                wMuMu2 += w * w;
            }
        }
        // unweighted: modes picked with q (binomial, 5 sigma)
        for (int c = 0; c < 3; c++) {
            double f = picked[c] / (2.0 * n);
            double err = Math.sqrt(q[c] * (1 - q[c]) / (2.0 * n));
            assertThat(Math.abs(f - q[c])).as("class %d", c).isLessThan(5 * err);
        }
        // weighted: the cross section and the mode fractions of the unbiased generator (5 sigma)
        double meanB = sumW / n;
        double errB = Math.sqrt((sumW2 / n - meanB * meanB) / n);
        double meanP = sumPlain / n;
        double errP = Math.sqrt((sumPlain2 / n - meanP * meanP) / n);
        assertThat(Math.abs(meanB - meanP)).isLessThan(5 * Math.hypot(errB, errP));
        double[] br = {brMu, brPi, 1 - brMu - brPi};
        for (int c = 0; c < 3; c++) {
            double est = wMode[c] / (2 * sumW);
            double err = Math.sqrt(wMode2[c]) / (2 * sumW);
            assertThat(Math.abs(est - br[c])).as("weighted class %d", c).isLessThan(5 * err + 5 * errB / meanB * br[c]);
        }
        double muMu = wMuMu / sumW;
        assertThat(Math.abs(muMu - brMu * brMu)).isLessThan(5 * Math.sqrt(wMuMu2) / sumW);
        // the point of the bias: about (q_mu / BR_mu)^2 = 4.0 times as many mu mu pairs per event
        assertThat(q[0] * q[0] / (brMu * brMu)).isGreaterThan(4);
    }

    @Test
    void eachEventCarriesExactlyTheProductOfBrOverQ() {
        TauDecayTable table = TauDecayTable.standard();
        double brMu = table.channel("mu-nu-nu").branchingFraction();
        double brPi = table.channel("pi-nu").branchingFraction()
                + table.channel("K-nu").branchingFraction();
        double norm = 1 + (BIAS_MU - 1) * brMu + (BIAS_PI - 1) * brPi;
        double[] ratio = {norm / BIAS_MU, norm / BIAS_PI, norm};
        TauDecayer decayer = TauPairProcesses.decayerForTest(BIAS_MU, BIAS_PI);
        RandomStream rng = RandomStreams.of(5).stream("decays");
        EventBuffer b = new EventBuffer(16);
        double p = Math.sqrt(5.29 * 5.29 - 1.77686 * 1.77686);
        for (int i = 0; i < 3000; i++) {
            b.clear();
            b.add(11, GenParticle.BEAM, 0, 0, 5.29, 5.29);
            b.add(-11, GenParticle.BEAM, 0, 0, -5.29, 5.29);
            b.add(15, GenParticle.FINAL, p * 0.6, 0, p * 0.8, 5.29);
            b.add(-15, GenParticle.FINAL, -p * 0.6, 0, -p * 0.8, 5.29);
            decayer.decay(b, rng);
            GenEvent ev = b.toEvent(i);
            double expected = ratio[modeClass(ev, 2)] * ratio[modeClass(ev, 3)];
            assertThat(decayer.lastWeight()).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-12));
        }
    }

    @Test
    void badFactorsAndModeNamesAreRefused() {
        assertThatThrownBy(() -> new ModeBias(Map.of("mu-nu-nu", 0.0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TauDecayer().withModeBias(new ModeBias(Map.of("no-such-mode", 2.0))))
                .isInstanceOf(RuntimeException.class);
        assertThat(new ModeBias(Map.of("mu-nu-nu", 1.0)).isNone()).isTrue();
    }
}
