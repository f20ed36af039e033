package io.upsilon.stats.model;

/** How a parameter is constrained by an auxiliary measurement. */
public enum Constraint {
    /** Free parameter (normfactor, shapefactor). */
    NONE,
    /** Gaussian: aux ~ Normal(theta, sigma) (normsys, histosys, lumi, staterror). */
    GAUSSIAN,
    /** Poisson: aux ~ Poisson(theta * tau), aux = tau nominally (shapesys). */
    POISSON
}
