package io.upsilon.cli.stats;

import io.upsilon.core.error.InputException;
import io.upsilon.stats.fit.Optimizer;
import picocli.CommandLine.Option;

/** The {@code --optimizer} option of the fitting subcommands (a picocli mixin). */
final class OptimizerOption {
    @Option(
            names = "--optimizer",
            defaultValue = "bfgs",
            description = "bfgs (exact optimum, default) or pyhf-slsqp (pyhf's SLSQP fit, pyhf's numbers)")
    String name;

    /** The chosen optimiser; an InputException for an unknown name. */
    Optimizer get() {
        try {
            return Optimizer.parse(name);
        } catch (IllegalArgumentException e) {
            throw new InputException("--optimizer", "", "expected bfgs or pyhf-slsqp, got \"" + name + "\"");
        }
    }
}
