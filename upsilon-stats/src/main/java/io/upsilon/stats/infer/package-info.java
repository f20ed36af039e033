/**
 * Inference on compiled models: profile-likelihood test statistics (q0, q_mu, q~_mu, t_mu, t~_mu),
 * the asymptotic calculator with Asimov data as pyhf builds it, a toy calculator on named random
 * streams (reproducible for any thread count, its ensembles mergeable across runs), CLs
 * hypothesis tests, upper limits by scan and by root finding, discovery significance (asymptotic or from toys),
 * pulls and impacts, and two-parameter profile-likelihood contours ({@link
 * io.upsilon.stats.infer.ProfileContour}, marching squares in {@link io.upsilon.stats.infer.Contours}).
 */
package io.upsilon.stats.infer;
