package io.upsilon.core.pdg;

import io.upsilon.core.error.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable table of particle properties, looked up by PDG id or by name.
 *
 * <p>{@link #standard()} is the table bundled with Upsilon ({@code particles.tsv} beside this
 * class, numbers from PDG 2024 with their source in the file header). {@link #load(Path)} reads a
 * user's own table in the same format: one particle per line with the columns {@code id name anti
 * mass width ctau charge twoJ}, separated by tabs or spaces, {@code #} starting a comment line. Each
 * line also defines its antiparticle (id {@code -id}, name from the {@code anti} column, charge
 * negated) unless {@code anti} equals {@code name}. A width of {@code -} means "not known"; a
 * {@code ctau} of {@code -} means "derived from the width".
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class ParticleTable {
    /** Classpath resource name of the bundled table, relative to this class. */
    static final String STANDARD_RESOURCE = "particles.tsv";

    private final String source;
    private final List<ParticleData> particles;
    private final Map<Integer, ParticleData> byId;
    private final Map<String, ParticleData> byName;

    ParticleTable(String source, List<ParticleData> particles) {
        this.source = Objects.requireNonNull(source, "source");
        Map<Integer, ParticleData> ids = new LinkedHashMap<>();
        Map<String, ParticleData> names = new LinkedHashMap<>();
        for (ParticleData p : particles) {
            if (ids.putIfAbsent(p.id(), p) != null) {
                throw new IllegalArgumentException("duplicate PDG id " + p.id() + " in " + source);
            }
            if (names.putIfAbsent(p.name(), p) != null) {
                throw new IllegalArgumentException("duplicate particle name '" + p.name() + "' in " + source);
            }
        }
        this.particles = List.copyOf(particles);
        this.byId = Collections.unmodifiableMap(ids);
        this.byName = Collections.unmodifiableMap(names);
    }

    /**
     * The bundled particle table (PDG 2024). Loaded once, on first use; the same immutable instance
     * is returned afterwards.
     */
    public static ParticleTable standard() {
        return StandardHolder.TABLE;
    }

    /** Lazily-initialised holder of the immutable standard table. */
    private static final class StandardHolder {
        static final ParticleTable TABLE = loadStandard();

        private static ParticleTable loadStandard() {
            String name = "classpath:io/upsilon/core/pdg/" + STANDARD_RESOURCE;
            try (InputStream in = ParticleTable.class.getResourceAsStream(STANDARD_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("bundled particle table " + name + " is missing from the jar");
                }
                return load(new InputStreamReader(in, StandardCharsets.UTF_8), name);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled particle table " + name, e);
            }
        }
    }

    /**
     * Reads a particle table from a UTF-8 file.
     *
     * @throws InputException if the file cannot be read or is malformed (the message names the file,
     *     the line and what was expected)
     */
    public static ParticleTable load(Path file) {
        Objects.requireNonNull(file, "file");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return load(reader, file.toString());
        } catch (IOException e) {
            throw new InputException(file.toString(), "", "cannot read particle table: " + e, e);
        }
    }

    /**
     * Reads a particle table from a reader (not closed here).
     *
     * @param sourceName the name used in error messages and by {@link #source()}, e.g. a file path
     * @throws InputException if the text is malformed (the message names {@code sourceName}, the line
     *     and what was expected)
     */
    public static ParticleTable load(Reader reader, String sourceName) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(sourceName, "sourceName");
        return new ParticleTable(sourceName, ParticleTableParser.parse(reader, sourceName));
    }

    /** Where this table was read from (file path or classpath resource). */
    public String source() {
        return source;
    }

    /** All particles and antiparticles, in file order (each antiparticle right after its particle). */
    public List<ParticleData> all() {
        return particles;
    }

    /** Number of entries, antiparticles included. */
    public int size() {
        return particles.size();
    }

    /** The particle with this PDG id, if the table has it. */
    public Optional<ParticleData> findById(int id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The particle with this exact (case-sensitive) name, if the table has it. */
    public Optional<ParticleData> findByName(String name) {
        return Optional.ofNullable(byName.get(Objects.requireNonNull(name, "name")));
    }

    /**
     * The particle with this PDG id.
     *
     * @throws UnknownParticleException if the table has no such id
     */
    public ParticleData byId(int id) {
        ParticleData p = byId.get(id);
        if (p == null) {
            throw new UnknownParticleException("no particle with PDG id " + id + " in particle table " + source);
        }
        return p;
    }

    /**
     * The particle with this exact (case-sensitive) name.
     *
     * @throws UnknownParticleException if the table has no such name; the message suggests a name
     *     that differs only in case, if there is one
     */
    public ParticleData byName(String name) {
        ParticleData p = byName.get(Objects.requireNonNull(name, "name"));
        if (p == null) {
            StringBuilder msg = new StringBuilder("no particle named '")
                    .append(name)
                    .append("' in particle table ")
                    .append(source);
            String lower = name.toLowerCase(Locale.ROOT);
            byName.keySet().stream()
                    .filter(n -> n.toLowerCase(Locale.ROOT).equals(lower))
                    .findFirst()
                    .ifPresent(n -> msg.append(" (did you mean '").append(n).append("'?)"));
            throw new UnknownParticleException(msg.toString());
        }
        return p;
    }

    /** The antiparticle of {@code particle} (itself if self-conjugate). */
    public ParticleData antiparticle(ParticleData particle) {
        return byId(particle.antiparticleId());
    }

    /**
     * A copy of this table with the mass of particle {@code id} and of its antiparticle replaced by
     * {@code mass} (everything else unchanged), e.g. to generate with a shifted input tau mass.
     *
     * @throws UnknownParticleException if the table has no particle {@code id}
     * @throws IllegalArgumentException if {@code mass} is negative or not finite
     */
    public ParticleTable withMass(int id, double mass) {
        ParticleData target = byId(id);
        List<ParticleData> list = new java.util.ArrayList<>(particles.size());
        for (ParticleData p : particles) {
            if (p.id() == target.id() || p.id() == target.antiparticleId()) {
                list.add(new ParticleData(
                        p.id(),
                        p.name(),
                        mass,
                        p.width(),
                        p.lifetime(),
                        p.cTau(),
                        p.charge(),
                        p.spin(),
                        p.antiparticleId()));
            } else {
                list.add(p);
            }
        }
        return new ParticleTable(source + " (mass of " + target.name() + " = " + mass + " GeV)", list);
    }

    /** Whether the table has this PDG id. */
    public boolean contains(int id) {
        return byId.containsKey(id);
    }

    /** Whether the table has this name. */
    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    @Override
    public String toString() {
        return "ParticleTable[" + source + ", " + particles.size() + " particles]";
    }
}
