/**
 * Reproduced analyses ("searches") and the framework they share. A search is a package with only
 * what is specific to it (its config record, selection, fit and report) plus a YAML file in {@code
 * src/main/resources/analyses/}; it extends {@link io.upsilon.searches.NamedSearch} and is
 * registered in {@link io.upsilon.searches.Searches}. The framework gives it the run context
 * ({@link io.upsilon.searches.RunContext}: seed and named random streams, beam, detector card,
 * executor, luminosity, quick mode, sample production), readers for the YAML keys every search
 * shares ({@link io.upsilon.searches.CommonConfig}, {@link io.upsilon.searches.SampleSpec}, {@link
 * io.upsilon.searches.SignalGrid}, {@link io.upsilon.searches.Preselection}, {@link
 * io.upsilon.searches.SelectionCuts}), selection skeletons ({@link
 * io.upsilon.searches.CutFlowSelection}, {@link io.upsilon.searches.LeptonChannelSelection}), the
 * HistFactory workspace builder ({@link io.upsilon.searches.WorkspaceBuilder}) and the writers of
 * every output ({@link io.upsilon.searches.SearchOutput}, {@link io.upsilon.searches.CutFlowTable}).
 * The recipe: {@code docs/adding-a-search.md}.
 */
package io.upsilon.searches;
