package io.upsilon.analysis.variables;

import io.upsilon.analysis.particles.Particle;

/** The value of a variable for one candidate in its event; NaN where it is not defined. */
@FunctionalInterface
public interface VariableFunction {
    /**
     * @param candidate the candidate (event-level variables ignore it)
     * @param context the event, the beam and the frame
     */
    double evaluate(Particle candidate, EventContext context);
}
