package io.upsilon.searches.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.upsilon.analysis.particles.CandidateCombiner;
import io.upsilon.analysis.particles.DecayString;
import io.upsilon.analysis.particles.McMatching;
import io.upsilon.analysis.particles.Particle;
import io.upsilon.analysis.particles.ParticleList;
import io.upsilon.analysis.particles.ParticleLists;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.detector.FastSimulation;
import io.upsilon.detector.SimulationRun;
import io.upsilon.detector.TrackingCard;
import io.upsilon.generators.decay.DecFile;
import io.upsilon.generators.decay.DecFileParser;
import io.upsilon.generators.decay.HadronDecayTables;
import io.upsilon.generators.process.EventGenerator;
import io.upsilon.generators.process.GeneratorOptions;
import io.upsilon.generators.process.ProcessParameters;
import io.upsilon.generators.process.ProcessRegistry;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mbc and Delta E of a fully reconstructed B: {@code y4s-bpbm} events with one B+ forced to
 * anti-D0 pi+, anti-D0 -&gt; K+ pi- (a DEC text read on top of the bundled tables, as {@code
 * upsilon generate --decay-file} does; the B- decays generically), through the Belle II fast
 * simulation, reconstructed with the analysis layer (every track as K and as pi, no PID; anti-D0
 * mass window; B+ -&gt; anti-D0 pi+) and truth matched. Checks: the Mbc peak at m_B with the width
 * of the CM-energy spread, the Delta E peak at zero with the width propagated from the tracking
 * card's momentum resolution and the CM-energy spread, and the Mbc endpoint of all candidates at
 * E*_beam = sqrt(s)/2.
 */
class FullyReconstructedBTest {
    private static final ParticleTable TABLE = ParticleTable.standard();
    private static final double M_B = TABLE.byName("B+").mass();
    private static final double M_D0 = TABLE.byName("D0").mass();
    private static final int EVENTS = 3000;

    /** One B+ forced to anti-D0 pi+, anti-D0 -> K+ pi- (aliases, so the B- side keeps its D0 table). */
    private static final String FORCED = """
            Alias anti-D0sig anti-D0
            Decay B+
            1.0 anti-D0sig pi+ PHSP;
            Enddecay
            Decay anti-D0sig
            1.0 K+ pi- PHSP;
            Enddecay
            End
            """;

    /** Per-candidate numbers of truth-matched signal and the largest Mbc of any candidate. */
    private record Sample(
            double[] mbc,
            double[] deltaE,
            double[] expectedMbcVar,
            double[] expectedDeVar,
            double[] weight,
            double[] allMbc,
            double[] allWeight,
            double maxMbc) {}

    private static Sample run(Beam beam) {
        DecFile table = DecFileParser.parse(
                new StringReader(FORCED),
                "forced B+",
                HadronDecayTables.bundled().orElseThrow());
        EventGenerator gen = ProcessRegistry.standard()
                .get("y4s-bpbm")
                .newGenerator(beam, ProcessParameters.none(), GeneratorOptions.DEFAULT.withDecays(table));
        FastSimulation fast = new FastSimulation(FastSimulation.belle2().card(), beam);
        RandomStreams streams = RandomStreams.of(4242);
        SimulationRun sim = fast.start(streams);
        TrackingCard tracking = fast.card().tracking();
        CandidateCombiner combiner = new CandidateCombiner(TABLE);
        DecayString dDecay = DecayString.parse("anti-D0 -> K+:all pi-:all", TABLE);
        DecayString bDecay = DecayString.parse("B+ -> anti-D0 pi+:all", TABLE);
        EventBuffer buf = new EventBuffer(256);
        RandomStream beamRng = streams.stream("beam");
        RandomStream genRng = streams.stream("gen");
        // The spread of W = 2 E*_B: the beams' CM-energy spread sigma_W times the Upsilon(4S)
        // Breit-Wigner (Gamma = 20.5 MeV), which near its peak is a Gaussian of variance Gamma^2 / 8
        // (1 / (1 + 4 d^2 / Gamma^2) ~ exp(-4 d^2 / Gamma^2)); the product of the two narrows the
        // W distribution from 4.99 to 4.1 MeV. E*_B = W/2 varies by half that.
        double gamma = TABLE.byName("Upsilon(4S)").width();
        double sigmaW = 1 / Math.sqrt(1 / Math.pow(beam.sigmaSqrtS(), 2) + 8 / (gamma * gamma));
        double sigmaHalfW = sigmaW / 2;
        List<double[]> signal = new ArrayList<>();
        List<double[]> all = new ArrayList<>();
        double maxMbc = 0;
        // EVENTS B pairs: the unweighted generator returns a rejected trial as a weight-0 record.
        for (int n = 0, pairs = 0; pairs < EVENTS; n++) {
            double w = gen.generate(beamRng, genRng, buf);
            if (!(w > 0)) {
                continue;
            }
            pairs++;
            RecoEvent e = sim.simulate(buf, n, true);
            GenEvent truth = e.mcTruth().orElseThrow();
            ParticleLists lists = new ParticleLists()
                    .add(ParticleList.fromTracks("K+:all", e, TABLE, p -> true))
                    .add(ParticleList.fromTracks("pi+:all", e, TABLE, p -> true));
            lists.add(combiner.combine(dDecay, lists, d -> Math.abs(d.p4Lab().m() - M_D0) < 0.020));
            ParticleList bs = combiner.combine(bDecay, lists, b -> Math.abs(deltaE(b, beam)) < 0.25);
            for (Particle b : bs.particles()) {
                double mbc = mbc(b, beam);
                if (Double.isNaN(mbc)) {
                    continue;
                }
                maxMbc = Math.max(maxMbc, mbc);
                all.add(new double[] {mbc, w});
                if (McMatching.isSignal(b, truth) == 1.0) {
                    double[] var = propagatedVariances(b, beam, tracking);
                    signal.add(new double[] {
                        mbc,
                        deltaE(b, beam),
                        var[0] + Math.pow(sigmaHalfW * beam.eStarBeam() / M_B, 2),
                        var[1] + sigmaHalfW * sigmaHalfW,
                        w
                    });
                }
            }
        }
        double[][] cols = new double[5][signal.size()];
        for (int i = 0; i < signal.size(); i++) {
            for (int k = 0; k < 5; k++) {
                cols[k][i] = signal.get(i)[k];
            }
        }
        double[] allMbc = all.stream().mapToDouble(a -> a[0]).toArray();
        double[] allWeight = all.stream().mapToDouble(a -> a[1]).toArray();
        return new Sample(cols[0], cols[1], cols[2], cols[3], cols[4], allMbc, allWeight, maxMbc);
    }

    static double mbc(Particle b, Beam beam) {
        double m2 = beam.eStarBeam() * beam.eStarBeam() - beam.toCms(b.p4Lab()).p2();
        return m2 >= 0 ? Math.sqrt(m2) : Double.NaN;
    }

    static double deltaE(Particle b, Beam beam) {
        return beam.toCms(b.p4Lab()).e() - beam.eStarBeam();
    }

    /**
     * The variances of Mbc and Delta E from the momentum resolution of the tracking card: each
     * final-state track's momentum magnitude moved by its resolution (sigma_p/p = sigma_pT/pT at
     * fixed angles), the changes added in quadrature (tracks are smeared independently).
     */
    private static double[] propagatedVariances(Particle b, Beam beam, TrackingCard card) {
        List<LorentzVector> tracks = new ArrayList<>();
        collect(b, tracks);
        double mbc0 = mbc(b, beam);
        double de0 = deltaE(b, beam);
        double vMbc = 0;
        double vDe = 0;
        for (int i = 0; i < tracks.size(); i++) {
            LorentzVector t = tracks.get(i);
            double beta = t.p() / t.e();
            double rel = card.relativePtResolution(t.pt(), beta);
            LorentzVector sum = LorentzVector.ZERO;
            for (int j = 0; j < tracks.size(); j++) {
                LorentzVector u = tracks.get(j);
                if (j == i) {
                    double s = 1 + rel;
                    u = LorentzVector.fromPxPyPzM(u.px() * s, u.py() * s, u.pz() * s, u.m());
                }
                sum = sum.plus(u);
            }
            LorentzVector cms = beam.toCms(sum);
            double mbc = Math.sqrt(beam.eStarBeam() * beam.eStarBeam() - cms.p2());
            vMbc += Math.pow(mbc - mbc0, 2);
            vDe += Math.pow(cms.e() - beam.eStarBeam() - de0, 2);
        }
        return new double[] {vMbc, vDe};
    }

    private static void collect(Particle p, List<LorentzVector> out) {
        if (p.daughters().isEmpty()) {
            out.add(p.p4Lab());
            return;
        }
        for (Particle d : p.daughters()) {
            collect(d, out);
        }
    }

    /**
     * The weighted median and the half-width of the central 68.27 % interval (a Gaussian core's
     * sigma) of {@code values} with event weights {@code w} (the generator's events are weighted:
     * ISR factor times line shape).
     */
    static double[] medianAndCoreSigma(double[] values, double[] w) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double total = Arrays.stream(w).sum();
        double[] q = {0.158655, 0.5, 0.841345};
        double[] at = new double[3];
        double cum = 0;
        int k = 0;
        for (Integer i : order) {
            cum += w[i];
            while (k < 3 && cum >= q[k] * total) {
                at[k++] = values[i];
            }
        }
        return new double[] {at[1], (at[2] - at[0]) / 2};
    }

    /** The weighted mean of {@code variances}, as a standard deviation. */
    private static double rmsOf(double[] variances, double[] w) {
        double sw = 0;
        double sv = 0;
        for (int i = 0; i < w.length; i++) {
            sw += w[i];
            sv += w[i] * variances[i];
        }
        return Math.sqrt(sv / sw);
    }

    /** Kish's effective sample size (sum w)^2 / sum w^2. */
    private static double effectiveSize(double[] w) {
        double s = 0;
        double s2 = 0;
        for (double x : w) {
            s += x;
            s2 += x * x;
        }
        return s * s / s2;
    }

    @Test
    void mbcPeaksAtTheBMassDeltaEAtZeroAndMbcEndsAtTheBeamEnergy() {
        Beam beam = Beam.preset("Y4S");
        Sample s = run(beam);
        int n = s.mbc().length;
        double[] mbc = medianAndCoreSigma(s.mbc(), s.weight());
        double[] de = medianAndCoreSigma(s.deltaE(), s.weight());
        double expMbc = rmsOf(s.expectedMbcVar(), s.weight());
        double expDe = rmsOf(s.expectedDeVar(), s.weight());
        double nEff = effectiveSize(s.weight());
        System.out.printf(
                "B+ -> anti-D0 pi+: %d signal candidates (effective %.0f) of %d events; Mbc median %.5f GeV (m_B %.5f), core sigma %.2f MeV"
                        + " (expected %.2f); deltaE median %.2f MeV, core sigma %.2f MeV (expected %.2f); max Mbc %.5f"
                        + " (E*_beam %.5f)%n",
                n,
                nEff,
                EVENTS,
                mbc[0],
                M_B,
                mbc[1] * 1e3,
                expMbc * 1e3,
                de[0] * 1e3,
                de[1] * 1e3,
                expDe * 1e3,
                s.maxMbc(),
                beam.eStarBeam());
        // Efficiency: three tracks in acceptance with ~90 % efficiency each, times the D0 window.
        assertThat(n).as("signal candidates").isGreaterThan(EVENTS / 3);
        // Peak positions: the statistical error of a median is ~1.25 sigma / sqrt(n_eff) (~0.07 MeV
        // for Mbc, ~0.35 MeV for Delta E at n_eff ~ 1700). The true W is not centred on sqrt(s): the
        // cross section rises with p_B^3 across the CM-energy spread (d ln p^3 / dW = 73 / GeV, so
        // the mean W moves up by sigma_W^2 x 73 / GeV ~ +1.2 MeV, Mbc down by half of it) and ISR
        // moves W down (Mbc up); so the Mbc peak is required at m_B within half the CM-energy-spread
        // width (1.2 MeV), Delta E at zero within 2 MeV (a fifth of its width; FSR adds a low tail).
        assertThat(Math.abs(mbc[0] - M_B)).as("Mbc median - m_B").isLessThan(0.0012);
        assertThat(Math.abs(de[0])).as("deltaE median").isLessThan(0.002);
        // Widths: the measured Gaussian-core width against the propagation (statistical error of a
        // quantile width ~2.5 % at n_eff ~ 1700; 15 % allowed for what the propagation ignores: the
        // ISR tail of W, the angular resolution, the p^3 weighting, the D0 mass window).
        assertThat(mbc[1] / expMbc).as("Mbc width / expected").isBetween(0.85, 1.15);
        assertThat(de[1] / expDe).as("deltaE width / expected").isBetween(0.85, 1.15);
        // Endpoint: Mbc <= E*_beam by construction; the candidates approach it (a B candidate at rest
        // in the CM frame): the gap is p*_min^2 / 2 E*_beam, and p*_min of a few thousand candidates whose
        // density goes as p*^2 near zero is ~0.05-0.15 GeV (0.2-2 MeV gap; seeds give 0.02 and 1.5 MeV),
        // so 3 MeV: a wrong beam energy or boost in Mbc moves the whole distribution by more.
        assertThat(s.maxMbc()).isLessThanOrEqualTo(beam.eStarBeam());
        assertThat(beam.eStarBeam() - s.maxMbc()).as("Mbc endpoint gap").isLessThan(0.003);
        if (System.getProperty("upsilon.plots.dir") != null) {
            MbcDeltaEPlot.write(
                    java.nio.file.Path.of(System.getProperty("upsilon.plots.dir"), "b-mbc-deltae.png"),
                    s.mbc(),
                    s.deltaE(),
                    s.weight(),
                    s.allMbc(),
                    s.allWeight(),
                    M_B,
                    beam.eStarBeam());
        }
    }
}
