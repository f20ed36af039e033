/**
 * {@code upsilon stats ...}: pyhf-style commands on HistFactory workspaces (cls, fit, upperlimit,
 * significance, impacts, inspect), asymptotic or toy-based; toy ensembles saved and merged as
 * Parquet ({@code ToyFiles}). JSON outputs are shaped like pyhf's command line so existing scripts
 * work, plus a {@code fit_status} block with every fit's status and diagnosis.
 */
package io.upsilon.cli.stats;
