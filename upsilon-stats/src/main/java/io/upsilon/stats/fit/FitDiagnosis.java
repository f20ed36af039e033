package io.upsilon.stats.fit;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a fit found wrong with itself, and what it tried: the findings (a parameter at a bound, a
 * flat direction, a Hessian that is not positive definite, or plain non-convergence, each naming
 * the parameters concerned) and the steps of the retry ladder that were run ({@link Fitter}).
 *
 * @param findings what is wrong, most important first (empty for a clean fit)
 * @param attempts the optimiser runs behind the result, in order (one for a fit that converged at once)
 */
public record FitDiagnosis(List<Finding> findings, List<Attempt> attempts) {

    /** The kinds of trouble a fit can diagnose. */
    public enum Reason {
        /** A free parameter ended at one of its bounds (the minimum may lie beyond it). */
        PARAMETER_AT_BOUND,
        /** A free parameter has no effect on the likelihood: its Hessian row and column vanish. */
        FLAT_DIRECTION,
        /**
         * The Hessian of the free parameters is not positive definite (a negative or vanishing
         * eigenvalue: degenerate parameters, a saddle, or curvature cut off by a bound).
         */
        HESSIAN_NOT_POSITIVE_DEFINITE,
        /** Every step of the retry ladder failed without a more specific reason. */
        NOT_CONVERGED
    }

    /**
     * One finding.
     *
     * @param reason what is wrong
     * @param parameters the parameters concerned (by name; may be empty for {@link Reason#NOT_CONVERGED})
     * @param detail one human-readable sentence
     */
    public record Finding(Reason reason, List<String> parameters, String detail) {
        /** Copies. */
        public Finding {
            Objects.requireNonNull(reason);
            parameters = List.copyOf(parameters);
            Objects.requireNonNull(detail);
        }

        @Override
        public String toString() {
            return reason + (parameters.isEmpty() ? "" : " " + parameters) + ": " + detail;
        }
    }

    /**
     * One optimiser run.
     *
     * @param step the ladder step ({@code bfgs}, {@code perturbed-start}, {@code diagonal-metric},
     *     {@code simplex}, {@code slsqp}, ...)
     * @param status its outcome
     * @param nll its final NLL
     * @param message the optimiser's note
     */
    public record Attempt(String step, FitStatus status, double nll, String message) {
        /** Validates. */
        public Attempt {
            Objects.requireNonNull(step);
            Objects.requireNonNull(status);
            Objects.requireNonNull(message);
        }
    }

    /** Copies. */
    public FitDiagnosis {
        findings = List.copyOf(findings);
        attempts = List.copyOf(attempts);
    }

    /** No findings, no recorded attempts (results built outside {@link Fitter}). */
    public static FitDiagnosis none() {
        return new FitDiagnosis(List.of(), List.of());
    }

    /** Whether a finding of this kind was made. */
    public boolean has(Reason reason) {
        return findings.stream().anyMatch(f -> f.reason() == reason);
    }

    /** The first finding of this kind, or null. */
    public Finding finding(Reason reason) {
        return findings.stream().filter(f -> f.reason() == reason).findFirst().orElse(null);
    }

    /** Whether the retry ladder went beyond the first run. */
    public boolean retried() {
        return attempts.size() > 1;
    }

    /** One line: the findings, or "ok", and the ladder steps if any were needed. */
    public String summary() {
        String f = findings.isEmpty()
                ? "ok"
                : findings.stream().map(Finding::toString).collect(Collectors.joining("; "));
        if (!retried()) {
            return f;
        }
        return f + " (retry ladder: "
                + attempts.stream().map(a -> a.step() + " " + a.status()).collect(Collectors.joining(", "))
                + ")";
    }
}
