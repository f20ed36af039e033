package io.upsilon.searches;

import io.upsilon.analysis.output.provenance.Sha256;
import io.upsilon.core.exec.DriverProgram;
import io.upsilon.core.exec.Executor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A search run as a {@link DriverProgram}: the configuration's bytes and name, the seed override
 * and quick mode, which is all a cluster worker needs to rebuild the run's partition functions.
 * The configuration travels as bytes, so a worker needs no copy of the user's file.
 */
public final class SearchProgram implements DriverProgram {
    private static final long serialVersionUID = 1L;

    private final byte[] config;
    private final String source;
    private final boolean hasSeed;
    private final long seed;
    private final boolean quick;

    /**
     * @param loaded the configuration to run
     * @param seed the master seed overriding the configuration's, if present
     * @param quick smoke mode
     */
    public SearchProgram(Searches.Loaded loaded, OptionalLong seed, boolean quick) {
        Objects.requireNonNull(loaded, "loaded");
        Objects.requireNonNull(seed, "seed");
        this.config = loaded.bytes().clone();
        this.source = loaded.source();
        this.hasSeed = seed.isPresent();
        this.seed = seed.orElse(0);
        this.quick = quick;
    }

    /**
     * What the run's results depend on, as {@code key=value} lines for a checkpoint's fingerprint:
     * the configuration's bytes (as a SHA-256), the seed override, quick mode and the detector card
     * it names (as a SHA-256 of its text, since a card file may change between runs) and every
     * sample's {@code decay_file} overlay (its SHA-256: an edited overlay is a different run, as for
     * {@code upsilon generate --decay-file}).
     *
     * @throws io.upsilon.core.error.InputException for a detector card that cannot be read
     */
    public List<String> fingerprintInputs() {
        Searches.Loaded loaded = Searches.standard().parse(config, source);
        String detector = loaded.config().string("detector", CommonConfig.BUNDLED_DETECTOR);
        List<String> lines = new ArrayList<>(List.of(
                "config_sha256=" + Sha256.of(config),
                "seed=" + (hasSeed ? Long.toString(seed) : "configuration"),
                "quick=" + quick,
                "card_sha256=" + RunContext.card(detector, source).sha256()));
        lines.addAll(DecayOverlay.fingerprintInputs(config, source));
        return List.copyOf(lines);
    }

    /** Runs the search with {@code executor}, writing its outputs into {@code out}. */
    @Override
    public String run(Executor executor, Path out) {
        Searches.Loaded loaded = Searches.standard().parse(config, source);
        OptionalLong s = hasSeed ? OptionalLong.of(seed) : OptionalLong.empty();
        return loaded.search().run(loaded.config(), loaded.bytes(), new RunOptions(out, s, quick, executor));
    }
}
