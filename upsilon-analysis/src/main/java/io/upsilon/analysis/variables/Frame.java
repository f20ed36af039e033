package io.upsilon.analysis.variables;

/** The reference frame kinematic variables are evaluated in. */
public enum Frame {
    /** The laboratory frame (default). */
    LAB,
    /** The nominal e+e- centre-of-mass frame of the beam. */
    CMS
}
