package io.upsilon.analysis.output;

/**
 * One row of an ntuple.
 *
 * @param event event number
 * @param weight event weight
 * @param candidate index of the candidate within its event
 * @param nCandidates number of candidates in the event
 * @param values the variable columns, in column order
 */
public record NtupleRow(long event, double weight, int candidate, int nCandidates, double[] values) {
    public NtupleRow {
        values = values.clone();
    }

    /** A copy of the variable values. */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** Variable column {@code i}. */
    public double value(int i) {
        return values[i];
    }
}
