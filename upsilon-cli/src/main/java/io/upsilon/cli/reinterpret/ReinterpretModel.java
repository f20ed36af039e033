package io.upsilon.cli.reinterpret;

import io.upsilon.core.error.InputException;
import io.upsilon.generators.decay.spectrum.KnunuWetSpectrum;
import io.upsilon.generators.decay.spectrum.TruthSpectrum;
import io.upsilon.generators.decay.spectrum.TwoBodyInvisibleSpectrum;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The models {@code upsilon reinterpret} knows, their parameters (name, default, meaning) and the
 * truth spectrum of one parameter point. All are B+ -&gt; K+ + invisible models in q^2 (GeV^2).
 */
enum ReinterpretModel {
    /** The Standard Model B+ -&gt; K+ nu nubar (no parameters): re-weighting is the identity. */
    SM("sm", Map.of()),
    /** The weak effective theory of b -&gt; s nu nubar ({@link KnunuWetSpectrum}). */
    WET(
            "wet",
            ordered(
                    "cvl_plus_cvr", KnunuWetSpectrum.smCL(),
                    "csl_plus_csr", 0.0,
                    "ctl", 0.0)),
    /** B+ -&gt; K+ X, X invisible ({@link TwoBodyInvisibleSpectrum}): m_x in GeV, br the template's B. */
    B_TO_K_SCALAR("b-to-k-scalar", ordered("m_x", Double.NaN, "br", 1e-5));

    private final String cliName;
    private final Map<String, Double> defaults;

    ReinterpretModel(String cliName, Map<String, Double> defaults) {
        this.cliName = cliName;
        this.defaults = defaults;
    }

    private static Map<String, Double> ordered(Object... kv) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Double) kv[i + 1]);
        }
        return m;
    }

    /** The name on the command line. */
    String cliName() {
        return cliName;
    }

    /** Parameter names and defaults (NaN: required). */
    Map<String, Double> defaults() {
        return defaults;
    }

    /** The model of a command-line name, or an input error listing the known ones. */
    static ReinterpretModel of(String name) {
        for (ReinterpretModel m : values()) {
            if (m.cliName.equals(name)) {
                return m;
            }
        }
        throw new InputException(
                "--model",
                "",
                "expected one of " + List.of(SM.cliName, WET.cliName, B_TO_K_SCALAR.cliName) + ", got \"" + name
                        + "\"");
    }

    /** Checks that every given parameter exists and every required one is given. */
    void checkParameters(Map<String, Double> given, String option) {
        for (String k : given.keySet()) {
            if (!defaults.containsKey(k)) {
                throw new InputException(
                        option,
                        "",
                        "model " + cliName + " has "
                                + (defaults.isEmpty() ? "no parameters" : "the parameters " + defaults.keySet())
                                + ", got \"" + k + "\"");
            }
        }
    }

    /** The full parameter point: defaults overridden by {@code values}. */
    Map<String, Double> point(Map<String, Double> values) {
        Map<String, Double> p = new LinkedHashMap<>(defaults);
        p.putAll(values);
        for (Map.Entry<String, Double> e : p.entrySet()) {
            if (Double.isNaN(e.getValue())) {
                throw new InputException(
                        "--param", "", "model " + cliName + " needs " + e.getKey() + " (--param or --scan)");
            }
        }
        return p;
    }

    /** The truth spectrum at a full parameter point. */
    TruthSpectrum spectrum(Map<String, Double> p) {
        try {
            return switch (this) {
                case SM -> KnunuWetSpectrum.sm();
                case WET -> new KnunuWetSpectrum(p.get("cvl_plus_cvr"), p.get("csl_plus_csr"), p.get("ctl"));
                case B_TO_K_SCALAR -> new TwoBodyInvisibleSpectrum(p.get("m_x"), p.get("br"));
            };
        } catch (IllegalArgumentException e) {
            throw new InputException("--param", format(p), e.getMessage(), e);
        }
    }

    /** The factor from the POI to the model's physical strength: br for b-to-k-scalar (mu x br = B), else 1. */
    double poiScale(Map<String, Double> p) {
        return this == B_TO_K_SCALAR ? p.get("br") : 1.0;
    }

    static String format(Map<String, Double> p) {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, Double> e : p.entrySet()) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(e.getKey()).append('=').append(String.format(Locale.ROOT, "%.6g", e.getValue()));
        }
        return s.toString();
    }
}
