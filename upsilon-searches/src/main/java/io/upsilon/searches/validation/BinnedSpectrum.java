package io.upsilon.searches.validation;

/**
 * A weighted histogram with a measurement's bins, filled hadron by hadron and closed event by event
 * so that its errors are right when one event puts several hadrons in a bin: the bin's sum of
 * weights gains w * n and its sum of squares (w * n)^2, n being the event's count in the bin.
 * Values outside the bins (or in gaps between them) are dropped. A one-bin spectrum of a
 * {@link HadronObservable.Variable#COUNT} observable counts every hadron.
 */
final class BinnedSpectrum {
    private final HadronObservable observable;
    private final double[] lo;
    private final double[] hi;
    private final double[] sumW;
    private final double[] sumW2;
    private final double[] sumW2N;
    private final int[] eventCount;
    private double eventsSumW;
    private double eventsSumW2;

    BinnedSpectrum(HadronObservable observable, ReferenceHistogram binning) {
        this.observable = observable;
        this.lo = binning.lo();
        this.hi = binning.hi();
        this.sumW = new double[lo.length];
        this.sumW2 = new double[lo.length];
        this.sumW2N = new double[lo.length];
        this.eventCount = new int[lo.length];
    }

    HadronObservable observable() {
        return observable;
    }

    /** Counts one hadron of the current event at value x (ignored by a COUNT observable). */
    void count(double x) {
        if (observable.variable() == HadronObservable.Variable.COUNT) {
            eventCount[0]++;
            return;
        }
        int i = bin(x);
        if (i >= 0) {
            eventCount[i]++;
        }
    }

    /** Closes the current event with weight w. */
    void endEvent(double w) {
        eventsSumW += w;
        eventsSumW2 += w * w;
        for (int i = 0; i < eventCount.length; i++) {
            if (eventCount[i] != 0) {
                double c = w * eventCount[i];
                sumW[i] += c;
                sumW2[i] += c * c;
                sumW2N[i] += w * c;
                eventCount[i] = 0;
            }
        }
    }

    int bins() {
        return lo.length;
    }

    double sumW(int i) {
        return sumW[i];
    }

    double sumW2(int i) {
        return sumW2[i];
    }

    /**
     * The variance of sumW(i) / (sum of event weights) as a weighted mean per event, times the
     * squared sum of weights: sum over events of w^2 (n - f)^2 with f the mean, the usual
     * first-order estimate (as {@link WeightedMean}); smaller than {@link #sumW2} when the weights
     * vary, because numerator and denominator then fluctuate together.
     */
    double meanVarianceTimesSumW2(int i) {
        if (!(eventsSumW > 0)) {
            return 0;
        }
        double f = sumW[i] / eventsSumW;
        return Math.max(sumW2[i] - 2 * f * sumW2N[i] + f * f * eventsSumW2, 0);
    }

    /** The bin holding x (lo inclusive, hi exclusive), or -1. */
    int bin(double x) {
        int a = 0;
        int b = lo.length - 1;
        while (a <= b) {
            int m = (a + b) >>> 1;
            if (x < lo[m]) {
                b = m - 1;
            } else if (x >= hi[m]) {
                a = m + 1;
            } else {
                return m;
            }
        }
        return -1;
    }
}
