package io.upsilon.searches.sin2phi1;

/**
 * The fit's input: per candidate Delta t and its error (ps), the tagged flavour q (+1 B0, -1
 * anti-B0) and the tagger's r-bin. Immutable.
 */
record TaggedEvents(double[] deltaT, double[] sigma, int[] q, int[] bin) {
    TaggedEvents {
        int n = deltaT.length;
        if (sigma.length != n || q.length != n || bin.length != n) {
            throw new IllegalArgumentException("expected arrays of one length");
        }
        deltaT = deltaT.clone();
        sigma = sigma.clone();
        q = q.clone();
        bin = bin.clone();
    }

    int size() {
        return deltaT.length;
    }
}
