/**
 * Named analysis variables with basf2 names and definitions: {@link
 * io.upsilon.analysis.variables.Variable} (name, description, unit, function of a candidate and its
 * {@link io.upsilon.analysis.variables.EventContext}), metavariables ({@code useCMSFrame(v)},
 * {@code useLabFrame(v)}, {@code daughter(i, v)}), the {@link
 * io.upsilon.analysis.variables.VariableRegistry} that resolves names such as {@code
 * daughter(0, useCMSFrame(p))}, the standard set in {@link
 * io.upsilon.analysis.variables.StandardVariables} (one registration line each; the B-physics part,
 * rest of event, continuum suppression, vertices and Delta t, in {@code BVariables}), and {@link
 * io.upsilon.analysis.variables.VariableIndex}, which writes {@code docs/variables.md}.
 */
package io.upsilon.analysis.variables;
