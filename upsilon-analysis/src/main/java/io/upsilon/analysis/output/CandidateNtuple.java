package io.upsilon.analysis.output;

import io.upsilon.analysis.particles.Particle;
import io.upsilon.analysis.variables.EventContext;
import io.upsilon.analysis.variables.Variable;
import io.upsilon.analysis.variables.VariableRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One row per candidate: the event number and weight, the candidate's index and the number of
 * candidates in its event, and the chosen variables (columns named by {@link ColumnNames#of}); or,
 * with {@link NtupleLayout#EVENT}, one row per event with the variables in list columns.
 * Commit to keep the file; closing without a commit leaves nothing behind.
 */
public final class CandidateNtuple implements AutoCloseable {
    private final List<Variable> variables;
    private final NtupleWriter writer;

    /** An ntuple of {@code variables} written by {@code writer}. */
    public CandidateNtuple(List<Variable> variables, NtupleWriter writer) {
        this.variables = List.copyOf(variables);
        this.writer = writer;
    }

    /**
     * Opens an ntuple file (format by extension) for variables given by name.
     *
     * @throws io.upsilon.core.error.InputException for unknown variable names
     */
    public static CandidateNtuple open(Path target, List<String> variableNames, VariableRegistry registry)
            throws IOException {
        List<Variable> vars = new ArrayList<>();
        for (String n : variableNames) {
            vars.add(registry.resolve(n));
        }
        return new CandidateNtuple(vars, NtupleWriter.open(target, columnNames(vars)));
    }

    /**
     * Opens an ntuple file for variables given by name, in {@code layout}: {@link
     * NtupleLayout#PARTICLE} one row per candidate, {@link NtupleLayout#EVENT} one row per filled
     * event with a list column per variable ({@code .parquet} only).
     *
     * @throws io.upsilon.core.error.InputException for unknown variable names
     */
    public static CandidateNtuple open(
            Path target, List<String> variableNames, VariableRegistry registry, NtupleLayout layout)
            throws IOException {
        List<Variable> vars = new ArrayList<>();
        for (String n : variableNames) {
            vars.add(registry.resolve(n));
        }
        return new CandidateNtuple(vars, NtupleWriter.open(target, columnNames(vars), layout));
    }

    /** The column names of these variables. */
    public static List<String> columnNames(List<Variable> variables) {
        List<String> out = new ArrayList<>();
        for (Variable v : variables) {
            out.add(ColumnNames.of(v.name()));
        }
        return out;
    }

    /** The variables, in column order. */
    public List<Variable> variables() {
        return variables;
    }

    /** Writes the candidates of one event: a row each, or (event layout) the event's row. */
    public void fill(List<Particle> candidates, EventContext context) throws IOException {
        int n = candidates.size();
        for (int i = 0; i < n; i++) {
            double[] values = new double[variables.size()];
            for (int k = 0; k < values.length; k++) {
                values[k] = variables.get(k).evaluate(candidates.get(i), context);
            }
            writer.write(new NtupleRow(context.event().number(), context.event().weight(), i, n, values));
        }
        writer.endEvent(context.event().number(), context.event().weight());
    }

    /** Finishes the file and moves it into place. */
    public void commit() throws IOException {
        writer.commit();
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
