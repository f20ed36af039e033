/** Statistics: HistFactory likelihoods, fits, inference. */
package io.upsilon.stats;
