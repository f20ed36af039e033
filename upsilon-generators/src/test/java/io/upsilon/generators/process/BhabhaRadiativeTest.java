package io.upsilon.generators.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.exec.Job;
import io.upsilon.core.exec.LocalExecutor;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.core.units.PhysicalConstants;
import io.upsilon.generators.radiation.VacuumPolarization;
import org.junit.jupiter.api.Test;

class BhabhaRadiativeTest {
    private static final double M_E = 5.1099895000e-4; // PDG 2024 [S]
    private static final double ALPHA = PhysicalConstants.ALPHA;
    private final Beam fixed = TestBeams.at1058();

    private CrossSectionEstimate run(java.util.function.Supplier<EventGenerator> gen, String name, long n) {
        Process p = new Process() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return "test";
            }

            @Override
            public EventGenerator newGenerator(Beam beam, ProcessParameters values, GeneratorOptions options) {
                return gen.get();
            }
        };
        return CrossSectionRun.run(
                p,
                ProcessParameters.none(),
                GeneratorOptions.DEFAULT,
                fixed,
                Job.of(name, 3, n),
                LocalExecutor.ofThreads(2));
    }

    @Test
    void eventsConserveFourMomentumAndPassTheCutsAfterRadiation() {
        Beam y4s = Beam.preset("Y4S");
        EventGenerator gen = ProcessRegistry.standard()
                .get("ee-ee")
                .newGenerator(y4s, ProcessParameters.none(), GeneratorOptions.DEFAULT);
        RandomStreams rs = RandomStreams.of(12);
        RandomStream beamRng = rs.stream("beam");
        RandomStream rng = rs.stream("gen");
        EventBuffer b = new EventBuffer(8);
        double cosMax = Math.cos(Math.toRadians(10));
        int accepted = 0;
        int withPhotons = 0;
        for (int i = 0; i < 40_000; i++) {
            double w = gen.generate(beamRng, rng, b);
            assertThat(w).isFinite().isGreaterThanOrEqualTo(0);
            if (w == 0) {
                assertThat(b.size()).isEqualTo(2);
                continue;
            }
            accepted++;
            LorentzVector in = b.momentum(0).plus(b.momentum(1));
            LorentzVector sum = LorentzVector.ZERO;
            for (int k = 2; k < b.size(); k++) {
                assertThat(b.status(k)).isEqualTo(GenParticle.FINAL);
                sum = sum.plus(b.momentum(k));
            }
            // 1e-9 GeV: rounding of two boosts at ~5 GeV
            assertThat(sum.minus(in).p()).isLessThan(1e-9);
            assertThat(sum.e() - in.e()).isCloseTo(0, within(1e-9));
            assertThat(b.pdgId(2)).isEqualTo(11);
            assertThat(b.pdgId(3)).isEqualTo(-11);
            if (b.size() > 4) {
                withPhotons++;
            }
            // the cuts hold in the CM frame of the collision, after radiation (e- beam as the axis)
            var axis = b.momentum(0).inRestFrameOf(in).p3().unit();
            for (int k = 2; k <= 3; k++) {
                LorentzVector cm = b.momentum(k).inRestFrameOf(in);
                assertThat(Math.abs(cm.p3().unit().dot(axis))).isLessThan(cosMax + 1e-9);
                assertThat(cm.e()).isGreaterThan(0.15 - 1e-9);
            }
        }
        // efficiency: the radiative-return channel of the y sampling puts ~25% of events at boosts beyond the window
        assertThat(accepted).isGreaterThan(20_000);
        assertThat(withPhotons).isGreaterThan(accepted / 2);
    }

    /** D(y) of one leg, O(b) with soft exponentiation (the textbook form, written out here independently). */
    private static double d(double y, double b) {
        return b * Math.pow(y, b - 1) * (1 + 0.75 * b) - 0.5 * b * (2 - y);
    }

    @Test
    void withoutFsrTheMeanWeightIsTheStructureFunctionIntegral() {
        // Quadrature of sigma = int dy1 dy2 D(y1, b) D(y2, b) int dc dsigma_VP(s', c)/dc [cuts], b = (alpha/pi)
        // (ln(s' t/(u m_e^2)) - 1), collinear ISR: the e-+ of rest-frame cos c, in the CM frame, have rapidity
        // +-atanh(c) + eta, eta = (1/2) ln((1 - y1)/(1 - y2)), energies (sqrt(s')/2) gamma (1 +- v c). Each leg:
        // y in [0, 1e-12] at y = 0 with weight int D = y0^b (1 + 3b/4); then 70 points in ln y; c via w = 1/(1-c)
        // on 800 points. Tolerance 0.5% (grids: the acceptance edges in (y1, y2, c) are step functions, midpoint
        // error ~ 1/N per edge) + 5 MC errors (1.5e6 events).
        double s = fixed.s();
        VacuumPolarization vp = VacuumPolarization.standard();
        BhabhaRadiative gen = new BhabhaRadiative(fixed, 10, 0.15, false);
        double cosMax = Math.cos(Math.toRadians(10));
        double yCut = 0.5 * Math.log((1 + cosMax) / (1 - cosMax));
        double y0 = 1e-12;
        int ny = 70;
        double[] ys = new double[ny + 1];
        double[] dy = new double[ny + 1];
        double lo = Math.log(y0);
        double h = -lo / ny;
        ys[0] = 0;
        for (int i = 1; i <= ny; i++) {
            ys[i] = Math.exp(lo + (i - 0.5) * h);
            dy[i] = ys[i] * h;
        }
        int nw = 800;
        double wLo = 0.5;
        double wHi = 1 / (1 - cosMax);
        double hw = (wHi - wLo) / nw;
        double total = 0;
        for (int i = 0; i <= ny; i++) {
            for (int j = 0; j <= ny; j++) {
                double y1 = ys[i];
                double y2 = ys[j];
                double sp = s * (1 - y1) * (1 - y2);
                double eta = 0.5 * Math.log((1 - y1) / (1 - y2));
                if (Math.abs(eta) >= yCut) {
                    continue;
                }
                double v = Math.tanh(eta);
                double gamma = Math.cosh(eta);
                double inner = 0;
                for (int k = 0; k < nw; k++) {
                    double w = wLo + (k + 0.5) * hw;
                    double c = 1 - 1 / w;
                    double yr = 0.5 * Math.log((1 + c) / (1 - c));
                    double eE = 0.5 * Math.sqrt(sp) * gamma * (1 + v * c);
                    double eP = 0.5 * Math.sqrt(sp) * gamma * (1 - v * c);
                    if (Math.abs(yr + eta) >= yCut || Math.abs(-yr + eta) >= yCut || eE <= 0.15 || eP <= 0.15) {
                        continue;
                    }
                    double b = ALPHA / Math.PI * (Math.log(sp * (1 - c) / (1 + c) / (M_E * M_E)) - 1);
                    double d1 = i == 0 ? Math.pow(y0, b) * (1 + 0.75 * b) : d(y1, b) * dy[i];
                    double d2 = j == 0 ? Math.pow(y0, b) * (1 + 0.75 * b) : d(y2, b) * dy[j];
                    inner += d1 * d2 * gen.differentialCrossSection(sp, c) / (w * w) * hw;
                }
                total += inner;
            }
        }
        CrossSectionEstimate est = run(() -> new BhabhaRadiative(fixed, 10, 0.15, false), "bhabha-nofsr", 1_500_000);
        assertThat(est.sigma()).isCloseTo(total, within(0.005 * total + 5 * est.error()));
        // The running-alpha matrix element is the Born one with the t-channel term times |P(t)|^2: at cos = 0.99
        // the t-channel term is 99.5% of the Born, so the ratio to the Born is |P(t)|^2 to 0.5% of |P(s)|^2 -
        // |P(t)|^2 (< 0.05): within 3e-4.
        double c = 0.99;
        double[] pt = new double[2];
        vp.dressing(-0.5 * s * (1 - c), pt);
        double ratio = gen.differentialCrossSection(s, c) / BhabhaBornGenerator.differentialCrossSection(s, c);
        assertThat(ratio).isCloseTo(pt[0] * pt[0], within(3e-4));
        assertThat(ratio).isGreaterThan(1.005);
    }

    @Test
    void radiativeCorrectionHasTheLeadingLogSizeAndTheTChannelStillDominates() {
        // Expectation, derived independently: (1) vacuum polarisation alone multiplies the Born by R_VP = int
        // dsigma_VP / int dsigma_Born over 10-170 deg (a 1D quadrature here): |P(t)|^2 ~ 1 + 2 Delta alpha(t) with
        // Delta alpha(t) ~ 0.01-0.02 at |t| ~ 1-100 GeV^2, so R_VP ~ 1.02-1.05. (2) ISR + FSR with cuts this loose
        // (E* > 0.15 GeV, no acollinearity cut) leave only the uncancelled part of the collinear logs: unitarity
        // (int D = 1 per leg) cancels the soft+virtual logs; what remains is the radiative return (s' < s, sigma_hat
        // ~ 1/s' at fixed angle, of order b ln(s/s'_min) per leg, b ~ 0.03) against the events that the boost of
        // the hard system moves out of 10-170 deg, both O(b L) ~ O(5%), so |sigma/(R_VP sigma_Born) - 1| < 0.1.
        double s = fixed.s();
        BhabhaBornGenerator born = new BhabhaBornGenerator(fixed, 10, 170, 0.15);
        BhabhaRadiative rad = new BhabhaRadiative(fixed, 10, 0.15);
        double cosMax = Math.cos(Math.toRadians(10));
        double sigmaVp = ProcessTestSupport.simpson(c -> rad.differentialCrossSection(s, c), -cosMax, cosMax, 20_000);
        double sigmaBorn = born.crossSection(s);
        double rVp = sigmaVp / sigmaBorn;
        assertThat(rVp).isBetween(1.02, 1.05);
        Process proc = ProcessRegistry.standard().get("ee-ee");
        CrossSectionEstimate est = CrossSectionRun.run(
                proc,
                ProcessParameters.none(),
                GeneratorOptions.DEFAULT,
                fixed,
                Job.of("bhabha-rad", 5, 1_000_000),
                LocalExecutor.ofThreads(2));
        double ratio = est.sigma() / sigmaVp;
        assertThat(ratio).isBetween(0.9, 1.1);
        assertThat(est.error() / est.sigma()).isLessThan(0.003);
        // FSR conserves probability: switching it off changes sigma only by acceptance migration (E* and angle
        // edges, which a collinear photon barely moves): < 1%.
        CrossSectionEstimate noFsr = run(() -> new BhabhaRadiative(fixed, 10, 0.15, false), "bhabha-nofsr2", 1_000_000);
        assertThat(est.sigma()).isCloseTo(noFsr.sigma(), within(0.01 * noFsr.sigma()));

        // t-channel dominance: the weighted fraction of events with the e- at cos theta* > 0.9 (CM, to the e- beam)
        // stays near the Born value 0.876 (QedBornGeneratorTest), within the O(5%) radiative change.
        EventGenerator gen = proc.newGenerator(fixed, ProcessParameters.none(), GeneratorOptions.DEFAULT);
        RandomStreams rs = RandomStreams.of(14);
        RandomStream beamRng = rs.stream("beam");
        RandomStream rng = rs.stream("gen");
        EventBuffer b = new EventBuffer(8);
        double forward = 0;
        double total = 0;
        for (int i = 0; i < 100_000; i++) {
            double w = gen.generate(beamRng, rng, b);
            if (w == 0) {
                continue;
            }
            LorentzVector in = b.momentum(0).plus(b.momentum(1));
            var axis = b.momentum(0).inRestFrameOf(in).p3().unit();
            double c = b.momentum(2).inRestFrameOf(in).p3().unit().dot(axis);
            total += w;
            if (c > 0.9) {
                forward += w;
            }
        }
        assertThat(forward / total).isBetween(0.83, 0.92);
    }
}
