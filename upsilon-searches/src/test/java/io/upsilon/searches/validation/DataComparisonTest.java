package io.upsilon.searches.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.searches.validation.ContinuumDataset.Normalisation;
import io.upsilon.searches.validation.ContinuumDataset.Sample;
import io.upsilon.searches.validation.HadronObservable.Variable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The comparison machinery on events built by hand from a known distribution, with asymmetric
 * beams (7 GeV e-, 4 GeV e+, as at a B factory) so that the centre-of-mass boost matters: the
 * filled spectra must reproduce the distribution exactly, so a wrong frame, a wrong p*_max in x_p,
 * a wrong normalisation or a wrong "prompt" rule fails.
 */
class DataComparisonTest {
    private static final double E_MINUS = 7.0;
    private static final double E_PLUS = 4.0;
    private static final double M_D0 = 1.86484;
    private static final double M_PI = 0.13957;
    private static final double M_KS = 0.49761;
    private static final double WEIGHT_NB = 2.0;

    @Test
    void xpSpectrumInPicobarnOfAUniformDistributionIsFlatAtTheCrossSection() {
        // 400 events of weight 2 nb, one D0 each at x_p = (k + 0.5) / 400: x_p uniform on [0, 1], so
        // dsigma/dx_p = sigma = 2 nb = 2000 pb in every bin, 20 events per bin of 0.05
        int n = 400;
        ReferenceHistogram flat = uniform("D0-xp", 20, 0, 1, 2000, 20);
        ContinuumDataset d = new ContinuumDataset(
                "d0",
                "D0",
                flat,
                null,
                new HadronObservable(Set.of(421), Variable.X_P, false),
                Sample.CCBAR,
                Normalisation.PICOBARN,
                "x",
                "y",
                false);
        ContinuumStatistics cc = new ContinuumStatistics(List.of(d));
        double eBeam = Math.sqrt(E_MINUS * E_PLUS); // CM beam energy: sqrt(s) / 2
        double pMax = Math.sqrt(eBeam * eBeam - M_D0 * M_D0);
        for (int k = 0; k < n; k++) {
            double xp = (k + 0.5) / n;
            List<GenParticle> ps = beams();
            ps.add(hadronInCm(421, GenParticle.DECAYED, xp * pMax, M_D0, 0, k * 0.7));
            cc.add(new GenEvent(k, WEIGHT_NB, ps));
        }
        DataComparison c = ContinuumValidation.compare(List.of(d), new ContinuumStatistics(), cc)
                .get(0);
        for (int i = 0; i < 20; i++) {
            assertEquals(2000, c.mc(i), 1e-9, "bin " + i);
        }
        assertEquals(0, c.chi2(), 1e-12);
        assertEquals(20, c.ndf());
        assertEquals(1, c.rateRatio(), 1e-12);
    }

    @Test
    void aZeroWeightTrialLowersTheCrossSection() {
        ReferenceHistogram one = uniform("r", 1, 9, 11, 1000, 10);
        ContinuumDataset d = new ContinuumDataset(
                "r",
                "D0",
                one,
                null,
                HadronObservable.count(421),
                Sample.CCBAR,
                Normalisation.PICOBARN,
                "x",
                "y",
                false);
        ContinuumStatistics cc = new ContinuumStatistics(List.of(d));
        List<GenParticle> ps = beams();
        ps.add(hadronInCm(421, GenParticle.DECAYED, 1.0, M_D0, 0, 0));
        cc.add(new GenEvent(0, WEIGHT_NB, ps));
        cc.addZeroWeight();
        DataComparison c = ContinuumValidation.compare(List.of(d), new ContinuumStatistics(), cc)
                .get(0);
        // one D0 in 2 trials of which one has weight 2 nb: sigma(D0) = 1 nb = 1000 pb
        assertEquals(1000, c.mc(0), 1e-9);
    }

    @Test
    void pStarSpectraPerEventSeparatePromptPionsFromKShortDaughters() {
        // each event: one prompt pi+ at p* = 1.2 GeV and a K0_S decaying to pi+ pi- at p* = 2.2 GeV;
        // per event and per GeV in bins of 0.5 GeV: prompt 2 in 1.0-1.5, with decays also 4 in 2.0-2.5
        ReferenceHistogram bins = uniform("pi", 6, 0, 3, 1, 0.1);
        ContinuumDataset prompt = pionDataset("prompt", bins, true);
        ContinuumDataset all = pionDataset("all", bins, false);
        ContinuumStatistics qq = new ContinuumStatistics(List.of(prompt, all));
        for (int k = 0; k < 50; k++) {
            List<GenParticle> ps = beams();
            ps.add(hadronInCm(211, GenParticle.FINAL, 1.2, M_PI, 0, k));
            int ks = ps.size();
            ps.add(hadronInCm(310, GenParticle.DECAYED, 2.0, M_KS, 0, k + 1));
            ps.add(hadronInCm(211, GenParticle.FINAL, 2.2, M_PI, ks, k + 2));
            ps.add(hadronInCm(-211, GenParticle.FINAL, 2.2, M_PI, ks, k + 3));
            qq.add(new GenEvent(k, 1 + k % 3, ps)); // unequal weights: the normalisation is by sum of weights
        }
        List<DataComparison> c = ContinuumValidation.compare(List.of(prompt, all), qq, new ContinuumStatistics());
        double[] expectedPrompt = {0, 0, 2, 0, 0, 0};
        double[] expectedAll = {0, 0, 2, 0, 4, 0};
        for (int i = 0; i < 6; i++) {
            assertEquals(expectedPrompt[i], c.get(0).mc(i), 1e-9, "prompt bin " + i);
            assertEquals(expectedAll[i], c.get(1).mc(i), 1e-9, "all bin " + i);
        }
        // the data say 1 per GeV everywhere: integral 3 against MC 1 (prompt) and 3 (all)
        assertEquals(1.0 / 3.0, c.get(0).rateRatio(), 1e-9);
        assertEquals(1.0, c.get(1).rateRatio(), 1e-9);
        assertTrue(c.get(0).chi2() > 100);
    }

    @Test
    void errorsAddEventsNotParticles() {
        // one event with weight 1 and two hadrons in the same bin: the bin's error is 2 (one event
        // of content 2), not sqrt(2)
        BinnedSpectrum s = new BinnedSpectrum(HadronObservable.count(211), uniform("x", 1, 0, 1, 1, 1));
        s.count(0);
        s.count(0);
        s.endEvent(1);
        assertEquals(2, s.sumW(0), 0);
        assertEquals(4, s.sumW2(0), 0);
    }

    @Test
    void aRatePerEventHasTheErrorOfAWeightedMean() {
        // events of weights 1 and 3 with 1 and 2 hadrons: mean f = (1 + 6) / 4 = 1.75; variance of
        // the mean = (1^2 (1 - 1.75)^2 + 3^2 (2 - 1.75)^2) / 4^2 = 1.125 / 16
        BinnedSpectrum s = new BinnedSpectrum(HadronObservable.count(211), uniform("x", 1, 0, 1, 1, 1));
        s.count(0);
        s.endEvent(1);
        s.count(0);
        s.count(0);
        s.endEvent(3);
        assertEquals(1.125, s.meanVarianceTimesSumW2(0), 1e-12);
    }

    private static ContinuumDataset pionDataset(String id, ReferenceHistogram bins, boolean prompt) {
        return new ContinuumDataset(
                id,
                id,
                bins,
                null,
                new HadronObservable(Set.of(211), Variable.P_STAR, prompt),
                Sample.QQBAR,
                Normalisation.PER_HADRONIC_EVENT,
                "x",
                "y",
                true);
    }

    private static List<GenParticle> beams() {
        List<GenParticle> ps = new ArrayList<>();
        ps.add(new GenParticle(
                11, GenParticle.BEAM, new LorentzVector(0, 0, E_MINUS, E_MINUS), Vec3.ZERO, 0, -1, -1, -1, -1));
        ps.add(new GenParticle(
                -11, GenParticle.BEAM, new LorentzVector(0, 0, -E_PLUS, E_PLUS), Vec3.ZERO, 0, -1, -1, -1, -1));
        return ps;
    }

    /** A hadron with momentum p in the CM frame in a direction set by angle, boosted to the lab. */
    private static GenParticle hadronInCm(int id, int status, double p, double m, int mother, double angle) {
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        LorentzVector cm = LorentzVector.fromPxPyPzM(p * sin, 0, p * cos, m);
        LorentzVector total = new LorentzVector(0, 0, E_MINUS - E_PLUS, E_MINUS + E_PLUS);
        LorentzVector lab = cm.boost(total.boostVector());
        return new GenParticle(id, status, lab, Vec3.ZERO, 0, mother, -1, -1, -1);
    }

    private static ReferenceHistogram uniform(String id, int bins, double lo, double hi, double value, double error) {
        double[] l = new double[bins];
        double[] h = new double[bins];
        for (int i = 0; i < bins; i++) {
            l[i] = lo + (hi - lo) * i / bins;
            h[i] = lo + (hi - lo) * (i + 1) / bins;
        }
        double[] v = new double[bins];
        double[] e = new double[bins];
        Arrays.fill(v, value);
        Arrays.fill(e, error);
        return new ReferenceHistogram(id, id, "test", l, h, v, e);
    }
}
