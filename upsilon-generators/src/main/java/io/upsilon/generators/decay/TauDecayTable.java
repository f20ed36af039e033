package io.upsilon.generators.decay;

import io.upsilon.core.error.InputException;
import io.upsilon.core.pdg.ParticleTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The decay modes of the tau- with their branching fractions (adding up to 1) and models; the
 * tau+ decays to the charge-conjugate modes. The bundled table is {@code tau-decays.tsv} (PDG 2024
 * fractions, sources in its header); its format is described there and in {@link #load}.
 * Immutable; the models it holds are shared prototypes ({@link DecayModel#newInstance()}).
 */
public final class TauDecayTable {
    /** Resource name of the bundled table. */
    public static final String RESOURCE = "tau-decays.tsv";

    /** Tolerance on the sum of the branching fractions. */
    public static final double SUM_TOLERANCE = 1e-6;

    private final String source;
    private final double tauMass;
    private final List<TauDecayChannel> channels;
    private final DecayParameters parameters;

    TauDecayTable(String source, double tauMass, List<TauDecayChannel> channels, DecayParameters parameters) {
        this.source = Objects.requireNonNull(source, "source");
        this.tauMass = tauMass;
        this.channels = List.copyOf(channels);
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        if (this.channels.isEmpty()) {
            throw new IllegalArgumentException("a decay table needs at least one mode");
        }
        double sum = 0;
        for (TauDecayChannel c : this.channels) {
            sum += c.branchingFraction();
        }
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            throw new IllegalArgumentException("branching fractions add up to " + sum + ", not 1");
        }
    }

    private static final class Standard {
        static final TauDecayTable TABLE = loadStandard();

        private static TauDecayTable loadStandard() {
            String name = "classpath:io/upsilon/generators/decay/" + RESOURCE;
            try (InputStream in = TauDecayTable.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("bundled resource missing: " + name);
                }
                return load(new InputStreamReader(in, StandardCharsets.UTF_8), name, ParticleTable.standard());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The bundled table read with {@code particles} (e.g. a particle table with another tau mass:
     * the decay models are built for its tau mass). Read anew on every call.
     */
    public static TauDecayTable standard(ParticleTable particles) {
        String name = "classpath:io/upsilon/generators/decay/" + RESOURCE;
        try (InputStream in = TauDecayTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing: " + name);
            }
            return load(new InputStreamReader(in, StandardCharsets.UTF_8), name, particles);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled PDG 2024 table (loaded once). */
    public static TauDecayTable standard() {
        return Standard.TABLE;
    }

    /**
     * Reads a decay table with the standard particle table.
     *
     * @see #load(Reader, String, ParticleTable)
     */
    public static TauDecayTable load(Reader reader, String sourceName) {
        return load(reader, sourceName, ParticleTable.standard());
    }

    /**
     * Reads a decay table: lines {@code param NAME VALUE} and {@code mode NAME BR MODEL PRODUCT...}
     * (particle names of {@code particles}), {@code #} comments; the fractions must add up to 1.
     *
     * @throws InputException naming {@code sourceName}, the line and what was expected
     */
    public static TauDecayTable load(Reader reader, String sourceName, ParticleTable particles) {
        return TauDecayTableParser.parse(reader, sourceName, particles);
    }

    /** Where the table came from (file path or classpath resource). */
    public String source() {
        return source;
    }

    /** The tau mass the models were built for, GeV. */
    public double tauMass() {
        return tauMass;
    }

    /** The modes of the tau-, in table order. */
    public List<TauDecayChannel> channels() {
        return channels;
    }

    /** The table's model parameters. */
    public DecayParameters parameters() {
        return parameters;
    }

    /** The mode with this name. */
    public TauDecayChannel channel(String name) {
        for (TauDecayChannel c : channels) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no mode '" + name + "' in " + source);
    }

    /**
     * This table with one more mode of branching fraction {@code extra.branchingFraction()} = br:
     * the other fractions are scaled by (1 - br), so they still add up to 1.
     */
    public TauDecayTable withExtraMode(TauDecayChannel extra) {
        double br = extra.branchingFraction();
        List<TauDecayChannel> list = new ArrayList<>();
        for (TauDecayChannel c : channels) {
            if (c.name().equals(extra.name())) {
                throw new IllegalArgumentException("the table already has a mode named " + extra.name());
            }
            list.add(c.withBranchingFraction(c.branchingFraction() * (1 - br)));
        }
        list.add(extra);
        return new TauDecayTable(source + " + " + extra.name(), tauMass, list, parameters);
    }
}
