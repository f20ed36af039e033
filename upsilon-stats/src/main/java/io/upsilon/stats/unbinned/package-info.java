/**
 * Unbinned maximum-likelihood fits.
 *
 * <p>One-dimensional PDFs on an {@link io.upsilon.stats.unbinned.Observable}'s range, normalised
 * analytically where a closed form exists ({@link io.upsilon.stats.unbinned.Gaussian}, {@link
 * io.upsilon.stats.unbinned.CrystalBall}, {@link io.upsilon.stats.unbinned.DoubleCrystalBall},
 * {@link io.upsilon.stats.unbinned.Argus}, {@link io.upsilon.stats.unbinned.Exponential}, {@link
 * io.upsilon.stats.unbinned.Chebychev}, {@link io.upsilon.stats.unbinned.BreitWigner}, {@link
 * io.upsilon.stats.unbinned.EndpointFunction}) and by adaptive Gauss–Kronrod quadrature otherwise
 * ({@link io.upsilon.stats.unbinned.GaussianConvolution}); {@link io.upsilon.stats.unbinned.SumPdf}
 * (fractions or extended yields) and {@link io.upsilon.stats.unbinned.ProductPdf} (independent
 * observables). Parameters are named ({@link io.upsilon.stats.unbinned.Parameter}, {@link
 * io.upsilon.stats.unbinned.ParameterSet}) and shared between PDFs by name.
 *
 * <p>{@link io.upsilon.stats.unbinned.UnbinnedNll} evaluates the (extended) negative log-likelihood
 * on primitive columns without allocating; {@link io.upsilon.stats.unbinned.UnbinnedFitter}
 * minimises it with the BFGS {@link io.upsilon.stats.fit.Minimizer}, takes errors from {@link
 * io.upsilon.stats.fit.Hessians} and finds profile-likelihood intervals. {@link
 * io.upsilon.stats.unbinned.SPlot} computes sWeights; {@link io.upsilon.stats.unbinned.ToyGenerator}
 * samples any PDF from a {@link io.upsilon.core.random.RandomStream}. {@link
 * io.upsilon.stats.unbinned.PdfKinds} registers the PDFs a workspace's unbinned channels may name.
 */
package io.upsilon.stats.unbinned;
