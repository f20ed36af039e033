package io.upsilon.stats.fit;

import java.util.Locale;

/** The minimiser behind a {@link Fitter}. */
public enum Optimizer {
    /** Upsilon's BFGS ({@link Minimizer}) with the analytic gradient, converged to EDM < 1e-15 (default). */
    BFGS("bfgs"),
    /**
     * pyhf's fit as pyhf runs it with the numpy backend: {@link Slsqp} on twice the NLL with scipy's
     * forward-difference gradient, ftol 1e-6, every fit started from the given init. Reproduces pyhf's
     * numbers including their convergence error; slower and less precise than {@link #BFGS}.
     */
    PYHF_SLSQP("pyhf-slsqp");

    private final String cliName;

    Optimizer(String cliName) {
        this.cliName = cliName;
    }

    /** The command-line name ({@code bfgs}, {@code pyhf-slsqp}). */
    public String cliName() {
        return cliName;
    }

    /** Parses a command-line name or an enum constant name, case-insensitively. */
    public static Optimizer parse(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Optimizer o : values()) {
            if (o.cliName.equals(t)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown optimizer '" + s + "' (bfgs or pyhf-slsqp)");
    }
}
