/** Weighted 1D and 2D histograms that merge associatively. */
package io.upsilon.core.hist;
