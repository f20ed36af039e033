package io.upsilon.stats.workspace;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A measurement: the parameter of interest and parameter settings, plus two Upsilon extensions of
 * the pyhf schema (both empty for a plain pyhf workspace): several parameters of interest ({@code
 * "pois"} beside {@code "poi"} in the config, for joint contours) and correlated Gaussian
 * constraints ({@code "correlations"}, see {@link Correlation}).
 *
 * @param name measurement name
 * @param poi name of the parameter of interest (the first of {@code pois} when those are given)
 * @param parameters per-parameter settings
 * @param pois all parameters of interest, {@code poi} first; empty when only {@code poi} was given
 * @param correlations correlated Gaussian constraint blocks
 */
public record Measurement(
        String name, String poi, List<ParameterConfig> parameters, List<String> pois, List<Correlation> correlations) {

    /** Validates and copies: {@code pois}, if given, starts with {@code poi} and has no repeats. */
    public Measurement {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(poi, "poi");
        parameters = List.copyOf(parameters);
        pois = List.copyOf(pois);
        correlations = List.copyOf(correlations);
        if (!pois.isEmpty() && !pois.get(0).equals(poi)) {
            throw new IllegalArgumentException(
                    "the first of \"pois\" must be the \"poi\" (" + poi + "), got " + pois.get(0));
        }
        if (new HashSet<>(pois).size() != pois.size()) {
            throw new IllegalArgumentException("\"pois\" names a parameter twice");
        }
    }

    /** A plain pyhf measurement (no extensions). */
    public Measurement(String name, String poi, List<ParameterConfig> parameters) {
        this(name, poi, parameters, List.of(), List.of());
    }

    /** The settings for the named parameter, if any. */
    public Optional<ParameterConfig> parameter(String parName) {
        return parameters.stream().filter(p -> p.name().equals(parName)).findFirst();
    }

    /** The parameters of interest: {@code pois}, or just {@code poi}. */
    public List<String> allPois() {
        return pois.isEmpty() ? List.of(poi) : pois;
    }

    /** This measurement with other parameter settings (extensions kept). */
    public Measurement withParameters(List<ParameterConfig> newParameters) {
        return new Measurement(name, poi, newParameters, pois, correlations);
    }

    /** This measurement with other correlation blocks. */
    public Measurement withCorrelations(List<Correlation> newCorrelations) {
        return new Measurement(name, poi, parameters, pois, newCorrelations);
    }
}
