package io.upsilon.searches;

import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.error.InputException;
import io.upsilon.generators.process.Process;
import io.upsilon.generators.process.ProcessRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A simulated sample as an analysis YAML declares it: the process, a legend label, how many events
 * to generate and its normalisation uncertainty. The event count is either fixed ({@code events:
 * 2.0e5}) or sized by the luminosity ({@code events: luminosity}, optionally times {@code
 * luminosity_fraction}: σ × L × fraction events, σ from a pilot run); weights are always scaled
 * to the luminosity, so a smaller sample only costs Monte Carlo statistics.
 *
 * @param name short name (job and stream names, nuisance-parameter and column names)
 * @param label legend label
 * @param process the physics process
 * @param fixedEvents the fixed event count, or {@link #LUMINOSITY} when sized by the luminosity
 * @param luminosityFraction fraction of σ × L generated for a luminosity-sized sample (else 1)
 * @param normalisationUncertainty relative normalisation uncertainty (0: none declared)
 * @param parameters the process's parameters given by the YAML ({@code parameters:}, e.g. {@code
 *     signal: b-knunu} for a B pair with a signal B), as text; the rest take their defaults
 * @param decayFile the decay overlay read on top of the bundled hadron decay table ({@code
 *     decay_file:}, a bundled name or a path relative to the YAML: {@link DecayOverlay}), or null
 */
public record SampleSpec(
        String name,
        String label,
        Process process,
        long fixedEvents,
        double luminosityFraction,
        double normalisationUncertainty,
        Map<String, String> parameters,
        DecayOverlay decayFile) {
    /** {@link #fixedEvents} of a sample sized by the luminosity. */
    public static final long LUMINOSITY = -1;

    /** Validates. */
    public SampleSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(process, "process");
        if (fixedEvents != LUMINOSITY && fixedEvents < 1) {
            throw new IllegalArgumentException("sample " + name + ": events must be >= 1, got " + fixedEvents);
        }
        if (!(luminosityFraction > 0) || !(normalisationUncertainty >= 0)) {
            throw new IllegalArgumentException("sample " + name + ": bad fraction or uncertainty");
        }
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** A sample with the bundled decay table (no {@code decay_file}). */
    public SampleSpec(
            String name,
            String label,
            Process process,
            long fixedEvents,
            double luminosityFraction,
            double normalisationUncertainty,
            Map<String, String> parameters) {
        this(name, label, process, fixedEvents, luminosityFraction, normalisationUncertainty, parameters, null);
    }

    /** Whether the sample reads a decay overlay on top of the bundled table. */
    public boolean hasDecayFile() {
        return decayFile != null;
    }

    /** Whether the event count follows σ × L. */
    public boolean luminositySized() {
        return fixedEvents == LUMINOSITY;
    }

    /**
     * Reads one sample mapping: {@code process}, {@code label} (default {@code defaultLabel}), {@code
     * events} (a count or {@code luminosity}; may be left out when {@code luminosity_fraction} is
     * given), {@code luminosity_fraction}, {@code normalisation_uncertainty}, {@code parameters} (a
     * mapping of the process's parameters, checked against the process when the sample is produced,
     * with the file and YAML path in the error), {@code decay_file} (a {@link DecayOverlay}: a
     * bundled name or a {@code .dec} path relative to the YAML). The caller finishes
     * the node (so that a search can read keys of its own from the same mapping).
     */
    public static SampleSpec read(ConfigNode n, String name, String defaultLabel, ProcessRegistry processes) {
        Process process = process(n, "process", processes);
        String label = n.string("label", defaultLabel);
        boolean hasFraction = n.has("luminosity_fraction");
        long events;
        if (n.isText("events")) {
            String text = n.string("events");
            if (!text.equals("luminosity")) {
                throw n.error("events", "expected an event count or 'luminosity', got '" + text + "'");
            }
            events = LUMINOSITY;
        } else if (n.has("events")) {
            events = n.longInteger("events", 100, 10_000_000_000L);
            if (hasFraction) {
                throw n.error("luminosity_fraction", "only a sample with events: luminosity takes a fraction");
            }
        } else if (hasFraction) {
            events = LUMINOSITY;
        } else {
            throw n.error("events", "missing key: give an event count, 'luminosity' or a luminosity_fraction");
        }
        double fraction = n.number("luminosity_fraction", 1e-6, 10, 1.0);
        // Below 1: a symmetric normsys of 1 +- u needs a positive down factor.
        double unc = n.number("normalisation_uncertainty", 0, 0.99, 0.0);
        Map<String, String> parameters = new LinkedHashMap<>();
        if (n.has("parameters")) {
            ConfigNode p = n.block("parameters");
            for (String key : p.keys()) {
                parameters.put(key, p.scalarText(key));
            }
            p.finish();
        }
        DecayOverlay decays = n.has(DecayOverlay.KEY) ? DecayOverlay.read(n, DecayOverlay.KEY) : null;
        return new SampleSpec(name, label, process, events, fraction, unc, parameters, decays);
    }

    /**
     * Reads the mapping under {@code key} as a sample named {@code key} that must be sized by the
     * luminosity (e.g. the {@code tautau:} block of the τ searches: {@code process}, {@code
     * luminosity_fraction}).
     */
    public static SampleSpec readLuminositySample(
            ConfigNode root, String key, String defaultLabel, ProcessRegistry processes) {
        ConfigNode n = root.block(key);
        SampleSpec s = read(n, key, defaultLabel, processes);
        if (!s.luminositySized()) {
            throw n.error("events", "the " + key + " sample is sized by the luminosity (give luminosity_fraction)");
        }
        n.finish();
        return s;
    }

    /** As {@link #readList}, or no samples when {@code key} is absent. */
    public static List<SampleSpec> readOptionalList(
            ConfigNode root, String key, Collection<String> reserved, ProcessRegistry processes) {
        return root.has(key) ? readList(root, key, reserved, processes) : List.of();
    }

    /**
     * Reads the list under {@code key} ({@code backgrounds:}): each entry a {@link #read sample} with
     * a short lower-case {@code name}, unique and not one of {@code reserved}.
     */
    public static List<SampleSpec> readList(
            ConfigNode root, String key, Collection<String> reserved, ProcessRegistry processes) {
        List<SampleSpec> out = new ArrayList<>();
        List<String> names = new ArrayList<>(reserved);
        for (ConfigNode b : root.blocks(key)) {
            String name = b.string("name");
            if (!name.matches("[a-z][a-z0-9_]*")) {
                throw b.error("name", "expected a short lower-case name (letters, digits, _), got '" + name + "'");
            }
            if (names.contains(name)) {
                throw b.error("name", "sample name '" + name + "' is used twice (or reserved)");
            }
            names.add(name);
            out.add(read(b, name, name, processes));
            b.finish();
        }
        return List.copyOf(out);
    }

    /** The process registered under the string at {@code key}. */
    public static Process process(ConfigNode n, String key, ProcessRegistry processes) {
        String name = n.string(key);
        try {
            return processes.get(name);
        } catch (InputException e) {
            throw n.error(key, e.problem());
        }
    }
}
