/**
 * Maximum-likelihood fits: a variable-metric (BFGS) minimiser with box bounds handled by an active
 * set and projected line search, using the analytic gradient; Hessian-based uncertainties and
 * correlations; conditional fits at a fixed parameter of interest. Fit results always carry a
 * status and never hide a NaN.
 */
package io.upsilon.stats.fit;
