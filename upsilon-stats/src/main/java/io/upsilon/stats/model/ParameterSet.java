package io.upsilon.stats.model;

import java.util.Objects;

/**
 * A named parameter set (scalar or per bin) of a compiled model, with pyhf's suggested settings
 * after the measurement's overrides. Arrays are copied in and out.
 *
 * @param name parameter name
 * @param modifierType the pyhf type that declared it ("normsys", "staterror", ...)
 * @param offset index of its first element in the model's parameter vector
 * @param size number of elements
 * @param constraint constraint kind
 * @param inits suggested initial values
 * @param lower lower bounds
 * @param upper upper bounds
 * @param fixed whether each element is held constant
 * @param auxdata nominal auxiliary data (NaN where unconstrained or masked)
 * @param widths Gaussian sigma or Poisson tau per element (NaN where unconstrained or masked)
 */
public record ParameterSet(
        String name,
        String modifierType,
        int offset,
        int size,
        Constraint constraint,
        double[] inits,
        double[] lower,
        double[] upper,
        boolean[] fixed,
        double[] auxdata,
        double[] widths) {

    /** Validates shapes. */
    public ParameterSet {
        Objects.requireNonNull(name);
        Objects.requireNonNull(constraint);
        if (inits.length != size
                || lower.length != size
                || upper.length != size
                || fixed.length != size
                || auxdata.length != size
                || widths.length != size) {
            throw new IllegalArgumentException("parameter set " + name + ": arrays must have length " + size);
        }
        inits = inits.clone();
        lower = lower.clone();
        upper = upper.clone();
        fixed = fixed.clone();
        auxdata = auxdata.clone();
        widths = widths.clone();
    }

    /** Whether element {@code j} has a constraint term (constrained and not masked). */
    public boolean constrained(int j) {
        return constraint != Constraint.NONE && !Double.isNaN(widths[j]);
    }

    /** The name of element {@code j}: {@code name} for scalars, {@code name[j]} otherwise. */
    public String elementName(int j) {
        return size == 1 ? name : name + "[" + j + "]";
    }

    @Override
    public double[] inits() {
        return inits.clone();
    }

    @Override
    public double[] lower() {
        return lower.clone();
    }

    @Override
    public double[] upper() {
        return upper.clone();
    }

    @Override
    public boolean[] fixed() {
        return fixed.clone();
    }

    @Override
    public double[] auxdata() {
        return auxdata.clone();
    }

    @Override
    public double[] widths() {
        return widths.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterSet p && p.name.equals(name) && p.offset == offset && p.size == size;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, offset, size);
    }

    @Override
    public String toString() {
        return "ParameterSet[" + name + ", " + modifierType + ", size " + size + "]";
    }
}
