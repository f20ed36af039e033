/**
 * Maximum-likelihood fits: a variable-metric (BFGS) minimiser with box bounds handled by an active
 * set and projected line search, using the analytic gradient; Hessian-based uncertainties and
 * correlations; conditional fits at a fixed parameter of interest. A BFGS fit that fails climbs a
 * retry ladder (perturbed start, diagonal metric, Nelder-Mead simplex, SLSQP), and every result
 * carries a status and a {@link io.upsilon.stats.fit.FitDiagnosis} naming what is wrong
 * (parameters at a bound, flat directions, a Hessian that is not positive definite); results
 * never hide a NaN.
 */
package io.upsilon.stats.fit;
