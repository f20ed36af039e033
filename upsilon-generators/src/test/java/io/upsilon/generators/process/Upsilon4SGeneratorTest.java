package io.upsilon.generators.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.exec.Job;
import io.upsilon.core.exec.LocalExecutor;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.generators.decay.DecFile;
import io.upsilon.generators.decay.DecFileParser;
import io.upsilon.generators.decay.HadronDecayTables;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * e+e- -&gt; Upsilon(4S) -&gt; B Bbar: the Born line shape against the Breit-Wigner formula coded
 * here independently, its convolution with the beam-energy spread and with ISR (deterministic
 * quadratures), the B momentum and angle in the CM frame, the B+ B- / B0 anti-B0 fractions and
 * thread independence. Reference values: PDG 2024 Upsilon(4S) and B inputs as in {@link
 * Upsilon4SLineShape}; p*_B = sqrt(M^2/4 - m_B^2) = 0.330 (B+), 0.325 GeV (B0) at M = 10.5794 GeV.
 */
class Upsilon4SGeneratorTest {
    private static final ParticleTable PDG = ParticleTable.standard();
    private static final double M = 10.5794;
    private static final double GAMMA = 0.0205;
    private static final double GEE = 0.272e-6;
    private static final double HBARC2_NB = 0.3893793721e6;

    /** A small B table: each B to one flavour-specific two-body mode, D's left undecayed. */
    static final String TEST_B_TABLE = """
            Define dm 0.5069e12
            Decay B0
            0.6 D- pi+ PHSP;
            0.4 J/psi K_S0 SSD_CP dm 0.0 1.0 -0.7881 1.0 0.0 -1.0 0.0;
            Enddecay
            CDecay anti-B0
            Decay B+
            1.0 anti-D0 pi+ PHSP;
            Enddecay
            CDecay B-
            End
            """;

    static DecFile testTable() {
        DecFile bundled = HadronDecayTables.bundled().orElseThrow();
        return DecFileParser.parse(new StringReader(TEST_B_TABLE), "test-b.dec", bundled);
    }

    /** The Y4S preset with sqrt(s) moved to w (energies scaled), with or without its energy spread. */
    static Beam beamAt(double w, boolean spread) {
        Beam y4s = Beam.preset("Y4S");
        double f = w / y4s.sqrtS();
        Beam b = y4s;
        for (int i = 0; i < 4; i++) {
            b = new Beam(
                    "Y4S@" + w,
                    y4s.energyHer() * f,
                    y4s.energyLer() * f,
                    y4s.halfAngleHer(),
                    y4s.halfAngleLer(),
                    spread ? y4s.sigmaEnergyHer() : 0,
                    spread ? y4s.sigmaEnergyLer() : 0,
                    y4s.bunchSizeHer(),
                    y4s.bunchSizeLer());
            f *= w / b.sqrtS();
        }
        return b;
    }

    /** The Breit-Wigner of the class comment, coded independently of {@link Upsilon4SLineShape}. */
    private static double breitWigner(double s, boolean charged, boolean neutral) {
        double w = Math.sqrt(s);
        double mc = PDG.byId(521).mass();
        double mn = PDG.byId(511).mass();
        if (s / 4 <= mc * mc) {
            return 0;
        }
        double gc = GAMMA * 0.514 * Math.pow((w * w / 4 - mc * mc) / (M * M / 4 - mc * mc), 1.5) * M / w;
        double gn = s / 4 > mn * mn
                ? GAMMA * 0.486 * Math.pow((w * w / 4 - mn * mn) / (M * M / 4 - mn * mn), 1.5) * M / w
                : 0;
        double num = (charged ? gc : 0) + (neutral ? gn : 0);
        double g = gc + gn;
        return 12 * Math.PI * GEE * num / ((s - M * M) * (s - M * M) + M * M * g * g) * HBARC2_NB;
    }

    @Test
    void bornPeakIsTwelvePiBeeOverMSquared() {
        Upsilon4SLineShape shape = new Upsilon4SLineShape();
        // sigma_peak = 12 pi B_ee / M^2 (hbar c)^2 = 1.740 nb.
        double peak = 12 * Math.PI * (GEE / GAMMA) / (M * M) * HBARC2_NB;
        assertThat(peak).isCloseTo(1.740, within(0.001));
        assertThat(shape.crossSection(M * M)).isCloseTo(peak, within(1e-9 * peak));
        for (double w : new double[] {10.562, 10.570, 10.5794, 10.590, 10.62}) {
            assertThat(shape.crossSection(w * w))
                    .as("W = " + w)
                    .isCloseTo(breitWigner(w * w, true, true), within(1e-6));
        }
        // The running width closes the B+ B- channel at threshold and B0 anti-B0 just above it.
        assertThat(shape.crossSection(shape.thresholdS() * (1 - 1e-12))).isZero();
        // Peak position: with the p^3 running width sigma(W ~ M) goes as Gamma_c/Gamma^2 ~ 1/Gamma(W),
        // larger below M where the width is smaller, so the maximum of sigma(W) (0.1 MeV grid) lies
        // below M, by 2.6 MeV for these inputs.
        double best = 0;
        double wBest = 0;
        for (int i = 0; i <= 800; i++) {
            double w = 10.56 + 1e-4 * i;
            if (shape.crossSection(w * w) > best) {
                best = shape.crossSection(w * w);
                wBest = w;
            }
        }
        assertThat(wBest).isBetween(M - 0.0035, M - 0.002);
    }

    @Test
    void bornEventsWithoutSpreadHaveTheBreitWignerWeight() {
        for (double w : new double[] {10.570, 10.5794, 10.590}) {
            Upsilon4SGenerator gen = new Upsilon4SGenerator(
                    beamAt(w, false),
                    Upsilon4SGenerator.Pairs.ALL,
                    false,
                    HadronDecayTables.bundled().orElseThrow());
            double[] mw = ProcessTestSupport.runChecked(gen, 11, 200);
            double s = beamAt(w, false).s();
            assertThat(mw[0]).isCloseTo(breitWigner(s, true, true), within(1e-9));
            assertThat(mw[1]).isLessThan(1e-7 * mw[0]); // one s: every event has the same weight
        }
    }

    @Test
    void spreadConvolvesTheLineShapeWithTheGaussian() {
        Beam beam = beamAt(M, true);
        double sw = beam.sigmaSqrtS();
        assertThat(sw).isCloseTo(0.00499, within(0.0001)); // 4.99 MeV from the preset's beam spreads
        Upsilon4SGenerator gen = new Upsilon4SGenerator(
                beam,
                Upsilon4SGenerator.Pairs.ALL,
                false,
                HadronDecayTables.bundled().orElseThrow());
        RandomStreams rs = RandomStreams.of(12);
        RandomStream beamRng = rs.stream("beam");
        RandomStream rng = rs.stream("gen");
        EventBuffer b = new EventBuffer(64);
        int n = 100_000;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double sumW2 = 0;
        for (int i = 0; i < n; i++) {
            double wt = gen.generate(beamRng, rng, b);
            double e = b.e(0) + b.e(1);
            double px = b.px(0) + b.px(1);
            double py = b.py(0) + b.py(1);
            double pz = b.pz(0) + b.pz(1);
            double w = Math.sqrt(e * e - px * px - py * py - pz * pz);
            s0 += wt;
            s1 += wt * w;
            s2 += wt * w * w;
            sumW2 += wt * wt;
        }
        // Reference: sigma_obs = int BW(W') G(W'; W0, sigma_W) dW' and the first two moments of
        // BW x G (Simpson over +-8 sigma_W).
        double w0 = beam.sqrtS();
        double[] ref = new double[3];
        int steps = 4000;
        double lo = w0 - 8 * sw;
        double h = 16 * sw / steps;
        for (int i = 0; i <= steps; i++) {
            double w = lo + i * h;
            double g = Math.exp(-0.5 * (w - w0) * (w - w0) / (sw * sw)) / (Math.sqrt(2 * Math.PI) * sw);
            double f = breitWigner(w * w, true, true) * g * (i == 0 || i == steps ? 1 : i % 2 == 1 ? 4 : 2) * h / 3;
            ref[0] += f;
            ref[1] += f * w;
            ref[2] += f * w * w;
        }
        double mean = s0 / n;
        double err = Math.sqrt((sumW2 / n - mean * mean) / (n - 1));
        assertThat(mean).isCloseTo(ref[0], within(4 * err + 1e-4));
        // The peak is lowered by the spread (here by ~3%), not by more than the Gaussian allows.
        assertThat(mean).isLessThan(breitWigner(w0 * w0, true, true));
        double widthGen = Math.sqrt(s2 / s0 - (s1 / s0) * (s1 / s0));
        double widthRef = Math.sqrt(ref[2] / ref[0] - (ref[1] / ref[0]) * (ref[1] / ref[0]));
        assertThat(widthGen).isCloseTo(widthRef, within(0.02 * widthRef));
        assertThat(s1 / s0).isCloseTo(ref[1] / ref[0], within(0.05e-3));
    }

    @Test
    void isrFoldedCrossSectionMatchesTheStructureFunctionIntegral() {
        Beam beam = beamAt(M, false);
        Upsilon4SGenerator gen = new Upsilon4SGenerator(
                beam,
                Upsilon4SGenerator.Pairs.ALL,
                true,
                HadronDecayTables.bundled().orElseThrow());
        double[] mw = ProcessTestSupport.meanWeight(gen, 13, 200_000, b -> {});
        Upsilon4SLineShape shape = new Upsilon4SLineShape();
        double s = beam.s();
        double ref = IsrQuadrature.integrate(shape::crossSection, s, 1 - shape.thresholdS() / s);
        assertThat(mw[0]).isCloseTo(ref, within(5 * mw[1] + 2e-3 * ref));
        // ISR lowers the peak a lot: the soft-photon factor (Gamma/M)^beta with beta ~ 0.088.
        assertThat(mw[0]).isBetween(0.55 * 1.740, 0.8 * 1.740);
    }

    @Test
    void bMomentumAndAngleInTheCmFrame() {
        Beam beam = beamAt(M, false);
        Upsilon4SGenerator gen = new Upsilon4SGenerator(beam, Upsilon4SGenerator.Pairs.ALL, false, testTable());
        RandomStreams rs = RandomStreams.of(14);
        RandomStream beamRng = rs.stream("beam");
        RandomStream rng = rs.stream("gen");
        EventBuffer b = new EventBuffer(64);
        int n = 40_000;
        int charged = 0;
        double sumCos2 = 0;
        double pc = Math.sqrt(M * M / 4 - Math.pow(PDG.byId(521).mass(), 2));
        double pn = Math.sqrt(M * M / 4 - Math.pow(PDG.byId(511).mass(), 2));
        assertThat(pc).isCloseTo(0.330, within(0.001));
        assertThat(pn).isCloseTo(0.325, within(0.001));
        for (int i = 0; i < n; i++) {
            gen.generate(beamRng, rng, b);
            GenEvent ev = b.toEvent(i);
            GenParticle u = ev.particle(2);
            assertThat(u.pdgId()).isEqualTo(300553);
            assertThat(u.status()).isEqualTo(GenParticle.DECAYED);
            GenParticle b1 = ev.particle(u.firstDaughter());
            LorentzVector cm = beam.toCms(b1.momentum());
            boolean isCharged = Math.abs(b1.pdgId()) == 521;
            charged += isCharged ? 1 : 0;
            assertThat(cm.p()).isCloseTo(isCharged ? pc : pn, within(2e-6));
            // Polar angle to the e- beam in the CM frame.
            LorentzVector beamCm = beam.toCms(ev.particle(0).momentum());
            double c = (cm.px() * beamCm.px() + cm.py() * beamCm.py() + cm.pz() * beamCm.pz()) / (cm.p() * beamCm.p());
            sumCos2 += c * c;
        }
        // Fraction at the peak: Gamma_c(M)/Gamma(M) = 0.514.
        assertThat(Math.abs((double) charged / n - 0.514)).isLessThan(3.5 * Math.sqrt(0.514 * 0.486 / n));
        // sin^2 theta*: <cos^2> = 1/5 (isotropic 1/3).
        assertThat(Math.abs(sumCos2 / n - 0.2)).isLessThan(3.5 * Math.sqrt((2.0 / 35 - 0.04) / n));
    }

    @Test
    void subProcessesAddUpAndMakeOnlyTheirPairs() {
        Beam beam = beamAt(10.565, false);
        DecFile table = HadronDecayTables.bundled().orElseThrow();
        double all = new Upsilon4SGenerator(beam, Upsilon4SGenerator.Pairs.ALL, false, table)
                .analyticCrossSection()
                .orElseThrow();
        Upsilon4SGenerator charged = new Upsilon4SGenerator(beam, Upsilon4SGenerator.Pairs.CHARGED, false, table);
        Upsilon4SGenerator neutral = new Upsilon4SGenerator(beam, Upsilon4SGenerator.Pairs.NEUTRAL, false, table);
        assertThat(charged.analyticCrossSection().orElseThrow()
                        + neutral.analyticCrossSection().orElseThrow())
                .isCloseTo(all, within(1e-12));
        // Below the peak the p^3 factors favour B+ B- more than 0.514/0.486.
        assertThat(charged.analyticCrossSection().orElseThrow() / all).isCloseTo(0.542, within(0.001));
        ProcessTestSupport.meanWeight(
                charged, 15, 300, ev -> assertThat(Math.abs(ev.pdgId(3))).isEqualTo(521));
        ProcessTestSupport.meanWeight(
                neutral, 15, 300, ev -> assertThat(Math.abs(ev.pdgId(3))).isEqualTo(511));
    }

    @Test
    void registeredAndConservesFourMomentum() {
        Process p = ProcessRegistry.standard().get("y4s-bbbar");
        EventGenerator gen = p.newGenerator(
                beamAt(M, true), ProcessParameters.none(), GeneratorOptions.DEFAULT.withDecays(testTable()));
        ProcessTestSupport.runChecked(gen, 16, 2000);
        assertThat(ProcessRegistry.standard().get("y4s-bpbm")).isNotNull();
        assertThat(ProcessRegistry.standard().get("y4s-b0b0bar")).isNotNull();
    }

    @Test
    void sameSeedGivesIdenticalEventsOnOneAndTwoThreads() {
        Process p = ProcessRegistry.standard().get("y4s-bbbar");
        GeneratorOptions options = GeneratorOptions.DEFAULT.withDecays(testTable());
        Beam beam = Beam.preset("Y4S");
        Job job = new Job("y4s", 21, 3000, 700);
        List<String> one = digests(p, options, beam, job, 1);
        List<String> two = digests(p, options, beam, job, 2);
        assertThat(one).hasSize(3000);
        assertThat(two).isEqualTo(one);
    }

    private static List<String> digests(Process p, GeneratorOptions options, Beam beam, Job job, int threads) {
        return LocalExecutor.ofThreads(threads)
                .run(
                        job,
                        (partition, ctx) -> {
                            EventGenerator gen = p.newGenerator(beam, ProcessParameters.none(), options);
                            RandomStream beamRng = partition.streams().stream("beam");
                            RandomStream rng = partition.streams().stream("process/" + p.name());
                            EventBuffer b = new EventBuffer(64);
                            List<String> out = new ArrayList<>();
                            for (long i = 0; i < partition.events(); i++) {
                                gen.generate(beamRng, rng, b);
                                StringBuilder sb = new StringBuilder().append(b.weight());
                                for (int k = 0; k < b.size(); k++) {
                                    sb.append('|')
                                            .append(b.pdgId(k))
                                            .append(',')
                                            .append(b.e(k))
                                            .append(',')
                                            .append(b.vertexZ(k))
                                            .append(',')
                                            .append(b.time(k));
                                }
                                out.add(sb.toString());
                            }
                            return out;
                        },
                        (x, y) -> {
                            List<String> m = new ArrayList<>(x);
                            m.addAll(y);
                            return m;
                        },
                        List.of());
    }
}
