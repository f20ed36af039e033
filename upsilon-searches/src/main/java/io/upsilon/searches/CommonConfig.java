package io.upsilon.searches;

import io.upsilon.core.config.ConfigNode;
import java.util.Objects;

/**
 * The top-level keys every analysis YAML shares: which search runs it ({@code analysis}), the
 * integrated luminosity, the beam preset, the master seed, the detector card and the quick-mode
 * scaling. Each search's config record holds one of these next to its own blocks (samples, signal,
 * preselection, selection, fit), which it reads with the framework's readers ({@link SampleSpec},
 * {@link SignalGrid}, {@link Preselection}).
 *
 * @param analysis the search name (the {@code analysis:} key)
 * @param luminosityFb integrated luminosity, fb^-1
 * @param beamPreset beam preset name ({@code upsilon beam --preset})
 * @param seed master seed from the file ({@code --seed} overrides it)
 * @param detector {@code belle2} (the bundled card) or the path of a card file
 * @param quick the {@code --quick} scaling
 */
public record CommonConfig(
        String analysis, double luminosityFb, String beamPreset, long seed, String detector, QuickScaling quick) {
    /** The bundled detector card's name. */
    public static final String BUNDLED_DETECTOR = "belle2";

    /** Validates. */
    public CommonConfig {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(beamPreset, "beamPreset");
        Objects.requireNonNull(detector, "detector");
        Objects.requireNonNull(quick, "quick");
        if (!(luminosityFb > 0)) {
            throw new IllegalArgumentException("luminosity must be > 0, got " + luminosityFb);
        }
    }

    /**
     * Reads the shared keys of {@code root}, checking that {@code analysis} names {@code expected}.
     *
     * @param quickDefaults the search's quick-mode scaling where the file has no {@code quick:} block
     */
    public static CommonConfig read(ConfigNode root, String expected, QuickScaling quickDefaults) {
        String analysis = root.string("analysis");
        if (!analysis.equals(expected)) {
            throw root.error("analysis", "expected " + expected + ", got '" + analysis + "'");
        }
        double lumi = root.number("luminosity_fb", 1e-6, 1e6);
        String beam = root.string("beam");
        long seed = root.longInteger("seed", 0, Long.MAX_VALUE);
        String detector = root.string("detector", BUNDLED_DETECTOR);
        QuickScaling quick = QuickScaling.read(root, quickDefaults);
        return new CommonConfig(analysis, lumi, beam, seed, detector, quick);
    }
}
