/**
 * A workspace compiled into a likelihood: parameters in pyhf's order with pyhf's suggested inits,
 * bounds and constraints; one small class per modifier type ({@link io.upsilon.stats.model.ModifierKinds}
 * is the single registry); interpolation codes; and {@link io.upsilon.stats.model.Likelihood}, which
 * evaluates the negative log-likelihood and its analytic gradient on flat arrays without allocating;
 * correlated constraint blocks are one multivariate normal each ({@code CorrelatedGaussian}).
 * Unbinned channels ({@code UnbinnedPart}, evaluated by {@code UnbinnedChannelNll}) add their
 * extended NLL; their yields are one-bin samples built by the same modifier kinds.
 */
package io.upsilon.stats.model;
