/**
 * Post-fit reporting of HistFactory models: pre- and post-fit yields with their uncertainties
 * propagated through the full covariance, grouped impacts, likelihood scans and the saturated-model
 * goodness of fit. The {@code upsilon stats report} command turns these into JSON, plots and one
 * HTML page.
 */
package io.upsilon.stats.report;
