package io.upsilon.generators.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.error.InputException;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.generators.decay.BPairTruth;
import io.upsilon.generators.decay.RareBDecays;
import io.upsilon.generators.decay.SignalOverlay;
import io.upsilon.generators.decay.formfactor.BToKstarFormFactors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The signal mechanism ({@code --param signal=NAME}): exactly one B per event decays by the overlay
 * (always the Upsilon(4S)'s first daughter, {@link BPairTruth#signalB}), either charge or flavour
 * half of the time, the other B generically; the pairs are restricted to the signal's; same seed,
 * same events; unknown names and Defines are input errors; a Define override changes the events.
 */
class SignalDecayMechanismTest {
    private static final ProcessRegistry REGISTRY = ProcessRegistry.standard();

    private static ProcessParameters params(Process p, Map<String, String> given) {
        return ProcessParameters.parse(p.name(), p.parameters(), given, "test");
    }

    private static List<GenEvent> generate(String process, Map<String, String> given, long seed, int n) {
        Process p = REGISTRY.get(process);
        EventGenerator gen = p.newGenerator(Beam.preset("Y4S"), params(p, given), GeneratorOptions.DEFAULT);
        RandomStreams rs = RandomStreams.of(seed);
        RandomStream beamRng = rs.stream("beam");
        RandomStream rng = rs.stream("gen");
        EventBuffer b = new EventBuffer(256);
        List<GenEvent> out = new ArrayList<>();
        while (out.size() < n) {
            // ISR below the B pair threshold gives a weight-0 event without a B pair: skipped (the
            // decays do not depend on the weight)
            if (gen.generate(beamRng, rng, b) > 0) {
                out.add(b.toEvent(out.size()));
            }
        }
        return out;
    }

    private static boolean isKNuNu(GenEvent ev, int b) {
        List<GenParticle> ds = ev.daughters(b);
        if (ds.size() != 3) {
            return false;
        }
        int kaons = 0;
        int nu = 0;
        int nubar = 0;
        for (GenParticle d : ds) {
            int id = d.pdgId();
            kaons += Math.abs(id) == 321 ? 1 : 0;
            nu += id == 12 || id == 14 || id == 16 ? 1 : 0;
            nubar += id == -12 || id == -14 || id == -16 ? 1 : 0;
        }
        return kaons == 1 && nu == 1 && nubar == 1;
    }

    @Test
    void everyEventHasOneSignalBOfEitherChargeAndOneGenericB() {
        int n = 4000;
        List<GenEvent> events = generate("y4s-bbbar", Map.of("signal", "b-knunu"), 31, n);
        int plus = 0;
        for (GenEvent ev : events) {
            int sig = BPairTruth.signalB(ev).orElseThrow();
            int other = BPairTruth.otherB(ev).orElseThrow();
            GenParticle b = ev.particle(sig);
            assertThat(Math.abs(b.pdgId())).as("only B+ B- pairs").isEqualTo(521);
            assertThat(ev.particle(other).pdgId()).isEqualTo(-b.pdgId());
            assertThat(isKNuNu(ev, sig))
                    .as("the signal B decays by the overlay")
                    .isTrue();
            assertThat(isKNuNu(ev, other)).as("the other B decays generically").isFalse();
            // charge and four-momentum conservation in the signal decay
            LorentzVector sum = LorentzVector.ZERO;
            int charge = 0;
            for (GenParticle d : ev.daughters(sig)) {
                sum = sum.plus(d.momentum());
                charge += Integer.signum(d.pdgId()) * (Math.abs(d.pdgId()) == 321 ? 1 : 0);
            }
            assertThat(charge).isEqualTo(Integer.signum(b.pdgId()));
            assertThat(sum.e()).isCloseTo(b.momentum().e(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(sum.pz()).isCloseTo(b.momentum().pz(), org.assertj.core.data.Offset.offset(1e-9));
            plus += b.pdgId() > 0 ? 1 : 0;
        }
        // binomial(4000, 1/2): sigma = 31.6; 4 sigma
        assertThat(Math.abs(plus - n / 2.0)).isLessThan(4 * Math.sqrt(n) / 2);
    }

    @Test
    void aNeutralSignalFollowsTheCoherentPairAndTheOtherBIsGeneric() {
        int n = 3000;
        List<GenEvent> events = generate("y4s-bbbar", Map.of("signal", "b0-kstarnunu"), 32, n);
        int b0 = 0;
        int mixed = 0;
        for (GenEvent ev : events) {
            int sig = BPairTruth.signalB(ev).orElseThrow();
            GenParticle b = ev.particle(sig);
            assertThat(Math.abs(b.pdgId())).isEqualTo(511);
            List<GenParticle> ds = ev.daughters(sig);
            assertThat(ds).hasSize(3);
            assertThat(Math.abs(ds.get(0).pdgId())).as("K*0").isEqualTo(313);
            // B0 (anti-b) makes a K*0 -> K+ pi-, anti-B0 an anti-K*0 -> K- pi+
            assertThat(Integer.signum(ds.get(0).pdgId())).isEqualTo(Integer.signum(b.pdgId()));
            int kstar = ev.particle(sig).firstDaughter();
            assertThat(ev.daughters(kstar).get(0).pdgId()).isEqualTo(321 * Integer.signum(b.pdgId()));
            b0 += b.pdgId() > 0 ? 1 : 0;
            BPairTruth t = BPairTruth.find(ev).orElseThrow();
            mixed += t.mixed(ev) ? 1 : 0;
        }
        assertThat(Math.abs(b0 - n / 2.0)).isLessThan(4 * Math.sqrt(n) / 2);
        // chi_d = 0.1858 (PDG 2024): mixed pairs, binomial sigma = 7.1 for 3000 pairs; 5 sigma.
        assertThat(Math.abs(mixed - 0.1858 * n)).isLessThan(5 * Math.sqrt(n * 0.1858 * 0.8142));
    }

    @Test
    void theEngineDecaysTheKstarAlongTheModelsPolarisation() {
        // B0 -> K*0 (-> K+ pi-) nu nubar through the whole chain: the K+ angle in the K* frame must
        // carry the K* polarisation the model drew (f(c) ~ 2 F0 c^2 + (F+ + F-)(1 - c^2), helicity
        // fractions integrated over q^2 at the nominal K* mass), not the isotropic 1/3 of <c^2>.
        int n = 20_000;
        List<GenEvent> events = generate("y4s-b0b0bar", Map.of("signal", "b0-kstarnunu"), 36, n);
        double sum = 0;
        double sum2 = 0;
        for (GenEvent ev : events) {
            int kstar = ev.particle(BPairTruth.signalB(ev).orElseThrow()).firstDaughter();
            GenParticle k = ev.daughters(kstar).get(0);
            LorentzVector pk = ev.particle(kstar).momentum();
            LorentzVector kRest =
                    io.upsilon.core.kinematics.Boost.intoRestFrameOf(pk).apply(k.momentum());
            double c = (kRest.px() * pk.px() + kRest.py() * pk.py() + kRest.pz() * pk.pz())
                    / Math.sqrt((kRest.px() * kRest.px() + kRest.py() * kRest.py() + kRest.pz() * kRest.pz())
                            * (pk.px() * pk.px() + pk.py() * pk.py() + pk.pz() * pk.pz()));
            sum += c * c;
            sum2 += c * c * c * c;
        }
        double mean = sum / n;
        double err = Math.sqrt((sum2 / n - mean * mean) / n);
        double mB = 5.27966;
        double mV = 0.89555;
        double[] h = new double[3];
        double[] f = new double[3];
        for (int j = 0; j < 3; j++) {
            int jj = j;
            f[j] = RareBDecays.simpson(
                    q -> {
                        RareBDecays.kstarHelicities(BToKstarFormFactors.bsz2015(), mB, mV, q, h);
                        return Math.sqrt(Math.max(0, RareBDecays.kallen(mB * mB, mV * mV, q))) * q * h[jj];
                    },
                    1e-9,
                    (mB - mV) * (mB - mV),
                    2000);
        }
        double expected = (0.8 * f[0] + (2.0 / 3 - 0.4) * (f[1] + f[2])) / (4.0 / 3 * (f[0] + f[1] + f[2]));
        System.out.printf("K*0 nu nu: <cos^2 theta_K> = %.4f +- %.4f, expected %.4f%n", mean, err, expected);
        // 5 sigma plus 0.01 for the K* line shape (the model's amplitudes at each event's K* mass)
        assertThat(mean).isCloseTo(expected, org.assertj.core.data.Offset.offset(5 * err + 0.01));
        assertThat(Math.abs(mean - 1.0 / 3)).as("polarised, not isotropic").isGreaterThan(10 * err);
    }

    @Test
    void sameSeedSameEventsAndTheOverlayDefineOverrideChangesThem() {
        List<GenEvent> a = generate("y4s-b0b0bar", Map.of("signal", "b0-jpsiks"), 33, 50);
        List<GenEvent> b = generate("y4s-b0b0bar", Map.of("signal", "b0-jpsiks"), 33, 50);
        assertThat(a).isEqualTo(b);

        // S = sin 2 phi_1 shows in <q sin(dm Delta t)> = S <sin^2(dm Delta t)> = 0.35 S (x_d = 0.77);
        // the override minusTwoPhi1 = 0 makes S = 0. 4000 events: sigma ~ 0.59 / sqrt(4000) = 0.009.
        double nominal = cpAsymmetry(generate("y4s-b0b0bar", Map.of("signal", "b0-jpsiks"), 34, 4000));
        double none =
                cpAsymmetry(generate("y4s-b0b0bar", Map.of("signal", "b0-jpsiks", "minusTwoPhi1", "0"), 34, 4000));
        assertThat(nominal).isCloseTo(0.35 * 0.709, org.assertj.core.data.Offset.offset(5 * 0.0095));
        assertThat(none).isCloseTo(0, org.assertj.core.data.Offset.offset(5 * 0.0095));
    }

    private static double cpAsymmetry(List<GenEvent> events) {
        double dm = 0.5069; // ps^-1
        double sum = 0;
        for (GenEvent ev : events) {
            BPairTruth t = BPairTruth.find(ev).orElseThrow();
            int sig = BPairTruth.signalB(ev).orElseThrow();
            int tag = BPairTruth.otherB(ev).orElseThrow();
            int q = ev.particle(tag).pdgId() > 0 ? 1 : -1;
            sum += q * Math.sin(dm * t.deltaTPs(sig));
        }
        return sum / events.size();
    }

    @Test
    void badSignalsAreInputErrors() {
        Process bpbm = REGISTRY.get("y4s-bpbm");
        Beam beam = Beam.preset("Y4S");
        assertThatThrownBy(() ->
                        bpbm.newGenerator(beam, params(bpbm, Map.of("signal", "nosuch")), GeneratorOptions.DEFAULT))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("b-knunu");
        assertThatThrownBy(() -> bpbm.newGenerator(
                        beam, params(bpbm, Map.of("signal", "b0-kstarnunu")), GeneratorOptions.DEFAULT))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("B0 anti-B0");
        assertThatThrownBy(() -> bpbm.newGenerator(beam, params(bpbm, Map.of("mass", "1")), GeneratorOptions.DEFAULT))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("mass");
        assertThat(SignalOverlay.bundledNames())
                .contains("b-knunu", "b0-kstarnunu", "b-kee", "b-kmumu", "b0-kstaree", "b0-kstarmumu", "b0-jpsiks");
    }

    @Test
    void aUsersOverlayFileWorksAndTheNoteSaysWhichPairs() throws Exception {
        java.nio.file.Path f = java.nio.file.Files.createTempFile("signal", ".dec");
        java.nio.file.Files.writeString(f, """
                Alias B+sig B+
                Alias B-sig B-
                ChargeConj B+sig B-sig
                Decay B+sig
                1.0 K+ pi0 PHSP;
                Enddecay
                CDecay B-sig
                End
                """);
        Process p = REGISTRY.get("y4s-bbbar");
        Upsilon4SGenerator gen = (Upsilon4SGenerator)
                p.newGenerator(Beam.preset("Y4S"), params(p, Map.of("signal", f.toString())), GeneratorOptions.BORN);
        Optional<String> note = gen.note();
        assertThat(note).get().asString().contains("only B+ B- pairs");
        EventBuffer b = new EventBuffer(256);
        RandomStreams rs = RandomStreams.of(35);
        gen.generate(rs.stream("beam"), rs.stream("gen"), b);
        GenEvent ev = b.toEvent(0);
        List<GenParticle> ds = ev.daughters(BPairTruth.signalB(ev).orElseThrow());
        assertThat(ds).extracting(d -> Math.abs(d.pdgId())).containsExactly(321, 111);
        java.nio.file.Files.delete(f);
    }
}
