/**
 * Reproduced analyses ("searches"): one package per analysis with a small driver, and the pieces
 * they share. A driver implements {@link io.upsilon.searches.Search} and is registered in
 * {@link io.upsilon.searches.Searches}; its numbers (luminosity, samples, cuts, binning,
 * scan points) live in a YAML file in {@code src/main/resources/analyses/}, which {@code upsilon
 * run NAME} finds by name and {@code upsilon run file.yaml} reads from a user's copy. {@link
 * io.upsilon.searches.SampleProduction} runs one sample through generation, generator-level
 * preselection, fast simulation and an analysis function as a partitioned job.
 */
package io.upsilon.searches;
