package io.upsilon.generators.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The unweighted form of {@link Upsilon4SGenerator} (the default) against its weighted form, at the
 * Y4S preset with beam-energy spread and ISR, B's decaying by the small table of {@link
 * Upsilon4SGeneratorTest#testTable()} (the decays do not enter the weights): one weight for every
 * accepted event, no decay for a rejected trial, the same cross section and the same s'
 * distribution. The two forms run on different seeds, so they are independent samples and their
 * differences are compared with the combined Monte Carlo errors.
 */
class Upsilon4SUnweightingTest {
    private static final int TRIALS = 300_000;
    /** sqrt(s') bins, GeV: the B+ B- threshold 10.5588 up to 10.60, past the +3 sigma_W side of the peak. */
    private static final double W_LO = 10.5588;

    private static final double W_HI = 10.60;
    private static final int BINS = 20;

    /** Sums over one run: per-call weights, and the sqrt(s') histogram (sum w, sum w^2). */
    private static final class Run {
        final Upsilon4SGenerator gen;
        double sumW;
        double sumW2;
        long nonZero;
        final double[] h = new double[BINS];
        final double[] h2 = new double[BINS];

        Run(Upsilon4SGenerator gen) {
            this.gen = gen;
        }

        double mean() {
            return sumW / TRIALS;
        }

        double error() {
            double m = mean();
            return Math.sqrt((sumW2 / TRIALS - m * m) / (TRIALS - 1));
        }
    }

    private static Upsilon4SGenerator generator(boolean weighted) {
        return new Upsilon4SGenerator(
                Beam.preset("Y4S"),
                Upsilon4SGenerator.Pairs.ALL,
                true,
                Upsilon4SGeneratorTest.testTable(),
                null,
                weighted);
    }

    /** TRIALS calls; every non-zero event is checked to have its Upsilon(4S) decayed, every zero one to be bare beams. */
    private static Run run(boolean weighted, long seed) {
        Run r = new Run(generator(weighted));
        RandomStreams rs = RandomStreams.of(seed);
        RandomStream beamRng = rs.stream("beam");
        RandomStream rng = rs.stream("gen");
        EventBuffer b = new EventBuffer(64);
        for (int i = 0; i < TRIALS; i++) {
            double w = r.gen.generate(beamRng, rng, b);
            r.sumW += w;
            r.sumW2 += w * w;
            assertThat(b.weight()).isEqualTo(w);
            if (w == 0) {
                assertThat(b.size()).as("a rejected trial has only the beams").isEqualTo(2);
                continue;
            }
            r.nonZero++;
            int u = b.pdgId(2) == 300553 ? 2 : 3; // after the ISR photon when there is one
            assertThat(b.pdgId(u)).isEqualTo(300553);
            assertThat(b.size()).as("the B pair is decayed").isGreaterThan(u + 3);
            double wPrime = b.momentum(u).m();
            int bin = (int) ((wPrime - W_LO) / (W_HI - W_LO) * BINS);
            if (bin >= 0 && bin < BINS) {
                r.h[bin] += w;
                r.h2[bin] += w * w;
            }
        }
        return r;
    }

    @Test
    void unweightedEventsShareOneWeightAndKeepTheCrossSectionAndTheSPrimeShape() {
        Run unweighted = run(false, 101);
        Run weighted = run(true, 202);
        Upsilon4SGenerator u = unweighted.gen;

        // One weight: every non-zero event carries w_max (no overweight event).
        assertThat(u.overweightEvents()).isZero();
        assertThat(unweighted.sumW).isCloseTo(unweighted.nonZero * u.maxWeight(), within(1e-9 * unweighted.sumW));
        assertThat(u.trials()).isEqualTo(TRIALS);
        assertThat(u.acceptedEvents()).isEqualTo(unweighted.nonZero);
        // The bound is above every weight of the independent weighted run and tight (within 1%).
        assertThat(weighted.gen.largestWeight()).isLessThanOrEqualTo(u.maxWeight());
        assertThat(u.maxWeight()).isLessThan(1.01 * weighted.gen.largestWeight());
        // The weighted form: every call a B pair but the collisions the spread puts below the B+ B-
        // threshold, 20.6 MeV = 4.1 sigma_W under the nominal W: a fraction 2e-5, ~6 expected.
        assertThat(weighted.nonZero).isBetween(TRIALS - 20L, (long) TRIALS);

        // Cross section: the two means agree within 4 combined standard errors (a 6e-5 chance for
        // independent Gaussian estimates); each is ~0.05% precise here.
        double diff = unweighted.mean() - weighted.mean();
        double err = Math.hypot(unweighted.error(), weighted.error());
        assertThat(Math.abs(diff)).as("sigma unweighted - weighted, nb").isLessThan(4 * err);
        // Acceptance = sigma / w_max: ~0.54 at the preset (binomial error).
        double eff = (double) unweighted.nonZero / TRIALS;
        assertThat(eff)
                .isCloseTo(weighted.mean() / u.maxWeight(), within(4 * Math.sqrt(eff * (1 - eff) / TRIALS) + 4 * err));

        // s' shape and normalisation: chi2 of the per-call histograms with both errors; 20 bins,
        // chi2 < 45.3 is the 99.9% quantile of chi2(20).
        double chi2 = 0;
        int bins = 0;
        for (int i = 0; i < BINS; i++) {
            double var = (unweighted.h2[i] + weighted.h2[i]) / ((double) TRIALS * TRIALS);
            if (var > 0) {
                double d = (unweighted.h[i] - weighted.h[i]) / TRIALS;
                chi2 += d * d / var;
                bins++;
            }
        }
        System.out.printf(
                "y4s unweighted: sigma %.5f +- %.5f nb (weighted %.5f +- %.5f), w_max %.5f nb, accepted %.4f,"
                        + " overweight %d, chi2(sqrt s') %.1f / %d%n",
                unweighted.mean(),
                unweighted.error(),
                weighted.mean(),
                weighted.error(),
                u.maxWeight(),
                eff,
                u.overweightEvents(),
                chi2,
                bins);
        assertThat(bins).isEqualTo(BINS);
        assertThat(chi2).as("chi2 of sqrt(s') over %d bins", bins).isLessThan(45.3);
    }

    @Test
    void theBoundIsAPropertyOfTheConfigurationNotOfTheRun() {
        // The pre-scan draws from its own fixed streams: two generators, same bound, whatever seed
        // their events then use; and it is the Breit-Wigner peak region x the soft ISR factor, so
        // it lies between 0.9 and 1 times the Born peak 12 pi B_ee / M^2 = 1.740 nb.
        double a = generator(false).maxWeight();
        double b = generator(false).maxWeight();
        assertThat(a).isEqualTo(b);
        assertThat(a).isBetween(0.9 * 1.740, 1.740);
        assertThat(generator(true).maxWeight()).isNaN();
    }

    @Test
    void theProcessParameterSelectsTheWeightedForm() {
        Process p = ProcessRegistry.standard().get("y4s-bbbar");
        GeneratorOptions options = GeneratorOptions.DEFAULT.withDecays(Upsilon4SGeneratorTest.testTable());
        Beam beam = Beam.preset("Y4S");
        Upsilon4SGenerator byDefault = (Upsilon4SGenerator) p.newGenerator(beam, ProcessParameters.none(), options);
        Upsilon4SGenerator weighted = (Upsilon4SGenerator) p.newGenerator(
                beam,
                ProcessParameters.parse(p.name(), p.parameters(), Map.of(Upsilon4SProcess.WEIGHTED, "1"), "test"),
                options);
        assertThat(byDefault.weighted()).isFalse();
        assertThat(weighted.weighted()).isTrue();
    }
}
