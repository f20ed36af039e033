package io.upsilon.generators.decay;

import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A decay table read from EvtGen's DEC format by {@link DecFileParser}: the decay table of each
 * particle or alias, the aliases, the charge-conjugate pairs of aliases, the {@code Define}d
 * numbers, the {@code Particle} mass overrides and the global PHOTOS keyword. Immutable.
 */
public final class DecFile {
    private final String source;
    private final ParticleTable particles;
    private final Map<String, DecDecay> decays;
    private final Map<String, DecParticle> aliases;
    private final Map<String, String> chargeConjugates;
    private final Map<String, Double> defines;
    private final Map<String, DecParticleOverride> overrides;
    private final PhotosMode photosMode;

    DecFile(
            String source,
            ParticleTable particles,
            Map<String, DecDecay> decays,
            Map<String, DecParticle> aliases,
            Map<String, String> chargeConjugates,
            Map<String, Double> defines,
            Map<String, DecParticleOverride> overrides,
            PhotosMode photosMode) {
        this.source = Objects.requireNonNull(source, "source");
        this.particles = Objects.requireNonNull(particles, "particles");
        this.decays = Collections.unmodifiableMap(new LinkedHashMap<>(decays));
        this.aliases = Collections.unmodifiableMap(new LinkedHashMap<>(aliases));
        this.chargeConjugates = Collections.unmodifiableMap(new LinkedHashMap<>(chargeConjugates));
        this.defines = Collections.unmodifiableMap(new LinkedHashMap<>(defines));
        this.overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
        this.photosMode = Objects.requireNonNull(photosMode, "photosMode");
    }

    /** An empty table (no decays) over this particle table, to be extended by a parser. */
    public static DecFile empty(ParticleTable particles) {
        return new DecFile("(empty)", particles, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), PhotosMode.NORMAL);
    }

    /** Where the table was read from (the last file when tables were layered). */
    public String source() {
        return source;
    }

    /** The particle table the names were resolved in. */
    public ParticleTable particleTable() {
        return particles;
    }

    /** The decay tables by parent name (particle-table name or alias), in file order. */
    public Map<String, DecDecay> decays() {
        return decays;
    }

    /** The decay table of this parent name, if the file has one. */
    public Optional<DecDecay> decay(String parentName) {
        return Optional.ofNullable(decays.get(parentName));
    }

    /** The aliases by name. */
    public Map<String, DecParticle> aliases() {
        return aliases;
    }

    /** {@code ChargeConj} pairs, both ways (a to abar and abar to a). */
    public Map<String, String> chargeConjugates() {
        return chargeConjugates;
    }

    /** The {@code Define}d numbers by name. */
    public Map<String, Double> defines() {
        return defines;
    }

    /** The {@code Particle} overrides by name. */
    public Map<String, DecParticleOverride> overrides() {
        return overrides;
    }

    /** The global PHOTOS keyword (recorded only: Upsilon adds no final-state radiation). */
    public PhotosMode photosMode() {
        return photosMode;
    }

    /**
     * The properties the decay engine uses for {@code p}: the particle table's, with the mass (and
     * width, lifetime and c tau when a width is given) of a {@code Particle} line for its DEC name
     * or, failing that, its particle-table name.
     */
    public ParticleData effective(DecParticle p) {
        DecParticleOverride o = overrides.get(p.name());
        if (o == null) {
            o = overrides.get(p.data().name());
        }
        if (o == null) {
            return p.data();
        }
        ParticleData d = p.data();
        if (Double.isNaN(o.width())) {
            return new ParticleData(
                    d.id(),
                    d.name(),
                    o.mass(),
                    d.width(),
                    d.lifetime(),
                    d.cTau(),
                    d.charge(),
                    d.spin(),
                    d.antiparticleId());
        }
        return ParticleData.fromWidth(d.id(), d.name(), o.mass(), o.width(), d.charge(), d.spin(), d.antiparticleId());
    }

    @Override
    public String toString() {
        return "DecFile[" + source + ", " + decays.size() + " decay tables]";
    }
}
