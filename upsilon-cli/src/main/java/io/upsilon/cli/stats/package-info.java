/**
 * {@code upsilon stats ...}: pyhf-style commands on HistFactory workspaces (cls, fit, upperlimit,
 * impacts, inspect). JSON outputs are shaped like pyhf's command line so existing scripts work.
 */
package io.upsilon.cli.stats;
