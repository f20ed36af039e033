/**
 * {@code upsilon run charm-lifetimes}: the D0, D+ and Lambda_c+ lifetimes from their decay times
 * in e+e- -&gt; c cbar, the method of Belle II (PRL 127, 211801 (2021); PRL 130, 071802 (2023)):
 * reconstruction and decay time ({@link io.upsilon.searches.charmlifetimes.CharmSelection}), the
 * unbinned fit ({@link io.upsilon.searches.charmlifetimes.LifetimeFit}), pseudo-experiments ({@link
 * io.upsilon.searches.charmlifetimes.LifetimeToys}), outputs ({@link
 * io.upsilon.searches.charmlifetimes.CharmLifetimesReport}) and the driver ({@link
 * io.upsilon.searches.charmlifetimes.CharmLifetimesSearch}).
 */
package io.upsilon.searches.charmlifetimes;
