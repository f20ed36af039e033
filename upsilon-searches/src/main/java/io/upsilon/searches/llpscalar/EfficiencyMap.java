package io.upsilon.searches.llpscalar;

import io.upsilon.searches.SelectedEvents;
import io.upsilon.searches.SelectionResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The signal efficiency of one final state as a function of m_S and c tau, from the signal samples.
 *
 * <p>At a lifetime c tau other than a sample's own c tau_0, each recorded signal event is reweighted by
 * the ratio of the proper-decay-length densities, r = (c tau_0 / c tau) exp(-l/c tau + l/c tau_0) with l
 * its generated proper decay length, the standard lifetime reweighting; the sample whose c tau_0 is
 * nearest in log(c tau) is used, and reweighting reaches at most {@link #MAX_REWEIGHT_FACTOR} from it.
 * Events the generator-level preselection rejected are not recorded; the preselection does not look at
 * where S decays, so their share is the same at every lifetime. Between generated masses the efficiency
 * is interpolated linearly in m_S; outside the generated masses it is undefined (NaN).
 */
final class EfficiencyMap {
    /** Furthest reweighting from a generated lifetime (factor in c tau). */
    static final double MAX_REWEIGHT_FACTOR = 10;

    /** One signal sample: its m_S, c tau_0 and selection result. */
    record Sample(double mass, double cTau, SelectionResult result) {}

    private final List<Sample> samples;
    private final double[] masses;

    EfficiencyMap(List<Sample> samples) {
        this.samples = samples.stream()
                .sorted(Comparator.comparingDouble(Sample::mass).thenComparingDouble(Sample::cTau))
                .toList();
        this.masses = this.samples.stream().mapToDouble(Sample::mass).distinct().toArray();
    }

    /** The generated masses. */
    double[] masses() {
        return masses.clone();
    }

    /** The efficiency of one sample reweighted to c tau (NaN beyond the reweighting reach). */
    static double efficiency(Sample s, double cTau) {
        if (!(cTau > 0) || Math.abs(Math.log(cTau / s.cTau())) > Math.log(MAX_REWEIGHT_FACTOR) + 1e-9) {
            return Double.NaN;
        }
        SelectedEvents ev = s.result().events();
        double generated = s.result().flow().weight(0);
        double recorded = 0;
        double recordedR = 0;
        double selectedR = 0;
        for (int i = 0; i < ev.size(); i++) {
            double l = ev.feature(i, LlpScalarSelection.F_TRUE_DECAY_LENGTH);
            if (!Double.isFinite(l)) {
                continue;
            }
            double w = ev.weight(i);
            double r = s.cTau() / cTau * Math.exp(-l / cTau + l / s.cTau());
            recorded += w;
            recordedR += w * r;
            if (ev.feature(i, LlpScalarSelection.F_SELECTED) == 1f) {
                selectedR += w * r;
            }
        }
        if (!(generated > 0) || !(recordedR > 0)) {
            return 0;
        }
        return recorded / generated * selectedR / recordedR;
    }

    /** The efficiency at mass m from the samples of that mass, at c tau (NaN when no sample reaches it). */
    private double atMass(double m, double cTau) {
        Sample best = null;
        for (Sample s : samples) {
            if (s.mass() == m
                    && (best == null || Math.abs(Math.log(cTau / s.cTau())) < Math.abs(Math.log(cTau / best.cTau())))) {
                best = s;
            }
        }
        return best == null ? Double.NaN : efficiency(best, cTau);
    }

    /** The efficiency at (m_S, c tau): linear in m_S between generated masses; NaN outside. */
    double efficiency(double mS, double cTau) {
        if (masses.length == 0 || mS < masses[0] || mS > masses[masses.length - 1]) {
            return Double.NaN;
        }
        int k = 0;
        while (k < masses.length - 1 && masses[k + 1] < mS) {
            k++;
        }
        if (k == masses.length - 1 || masses[k] == mS) {
            return atMass(masses[k], cTau);
        }
        double t = (mS - masses[k]) / (masses[k + 1] - masses[k]);
        return atMass(masses[k], cTau) * (1 - t) + atMass(masses[k + 1], cTau) * t;
    }

    /** The samples, by mass then lifetime. */
    List<Sample> samples() {
        return new ArrayList<>(samples);
    }
}
