package io.upsilon.stats.fit;

/** Outcome of a minimisation. */
public enum FitStatus {
    /** Converged inside the bounds. */
    CONVERGED,
    /** Converged with at least one free parameter at a bound. */
    AT_BOUND,
    /** Did not converge (iteration limit, no descent, non-finite values). */
    FAILED;

    /** Whether the result can be used (converged, possibly at a bound). */
    public boolean ok() {
        return this != FAILED;
    }
}
