package io.upsilon.generators.decay;

import io.upsilon.core.error.InputException;
import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the text format of {@link TauDecayTable}; every error is an {@link InputException}. */
final class TauDecayTableParser {
    private static final int TAU_MINUS = 15;

    /** Most products a mode may list (the decayer's buffers; real tau modes have at most 7). */
    static final int MAX_PRODUCTS = 10;

    private record ModeLine(int line, String name, double br, String model, List<ParticleData> products) {}

    private final String source;
    private final ParticleTable particles;
    private final Map<String, Double> params = new HashMap<>();
    private final List<ModeLine> modes = new ArrayList<>();
    private final Map<String, Integer> lineOfMode = new HashMap<>();

    private TauDecayTableParser(String source, ParticleTable particles) {
        this.source = source;
        this.particles = particles;
    }

    static TauDecayTable parse(Reader reader, String source, ParticleTable particles) {
        TauDecayTableParser p = new TauDecayTableParser(source, particles);
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        int lineNumber = 0;
        try {
            String line;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                p.parseLine(line, lineNumber);
            }
        } catch (IOException e) {
            throw new InputException(source, "line " + (lineNumber + 1), "cannot read decay table: " + e, e);
        }
        return p.build();
    }

    private void parseLine(String raw, int lineNumber) {
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        String where = "line " + lineNumber;
        String[] f = line.split("[\\t ]+");
        switch (f[0]) {
            case "param" -> {
                if (f.length != 3) {
                    throw new InputException(
                            source, where, "expected 'param NAME VALUE' (3 fields), found " + f.length + " fields");
                }
                double v = number(f[2], "parameter value", where);
                if (params.put(f[1], v) != null) {
                    throw new InputException(source, where, "parameter '" + f[1] + "' defined twice");
                }
            }
            case "mode" -> {
                if (f.length < 6) {
                    throw new InputException(
                            source,
                            where,
                            "expected 'mode NAME BR MODEL PRODUCT PRODUCT...' (at least 2 products), found " + f.length
                                    + " fields");
                }
                String name = f[1];
                Integer previous = lineOfMode.putIfAbsent(name, lineNumber);
                if (previous != null) {
                    throw new InputException(source, where, "mode '" + name + "' already defined on line " + previous);
                }
                double br = number(f[2], "branching fraction", where);
                if (!(br > 0 && br <= 1)) {
                    throw new InputException(source, where, "branching fraction must be in (0, 1], got " + f[2]);
                }
                if (f.length - 4 > MAX_PRODUCTS) {
                    throw new InputException(
                            source, where, "at most " + MAX_PRODUCTS + " products per mode, found " + (f.length - 4));
                }
                String model = f[3];
                if (!DecayModels.names().contains(model)) {
                    throw new InputException(
                            source,
                            where,
                            "unknown model '" + model + "'; expected one of " + String.join(", ", DecayModels.names()));
                }
                List<ParticleData> products = new ArrayList<>();
                double charge = 0;
                for (int i = 4; i < f.length; i++) {
                    Optional<ParticleData> pd = particles.findByName(f[i]);
                    if (pd.isEmpty()) {
                        throw new InputException(
                                source, where, "unknown particle '" + f[i] + "' (expected a particle-table name)");
                    }
                    products.add(pd.get());
                    charge += pd.get().charge();
                }
                if (Math.abs(charge + 1) > 1e-9) {
                    throw new InputException(
                            source, where, "products have total charge " + charge + "; a tau- decay needs -1");
                }
                modes.add(new ModeLine(lineNumber, name, br, model, products));
            }
            default ->
                throw new InputException(
                        source, where, "expected a line starting with 'param' or 'mode', found '" + f[0] + "'");
        }
    }

    private double number(String text, String what, String where) {
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new InputException(source, where, "expected a number for the " + what + ", got '" + text + "'");
        }
        if (!Double.isFinite(v) || !text.matches("[-+0-9.eE]+")) {
            throw new InputException(
                    source, where, "expected a finite decimal number for the " + what + ", got '" + text + "'");
        }
        return v;
    }

    private TauDecayTable build() {
        if (modes.isEmpty()) {
            throw new InputException(source, "", "decay table has no 'mode' lines");
        }
        double tauMass = particles.byId(TAU_MINUS).mass();
        DecayParameters parameters = new DecayParameters(params);
        List<TauDecayChannel> channels = new ArrayList<>();
        double sum = 0;
        for (ModeLine m : modes) {
            DecayModel model;
            try {
                model = DecayModels.create(m.model(), tauMass, m.products(), parameters, particles);
            } catch (IllegalArgumentException e) {
                throw new InputException(source, "line " + m.line(), "mode '" + m.name() + "': " + e.getMessage(), e);
            }
            channels.add(new TauDecayChannel(m.name(), m.br(), m.model(), m.products(), model));
            sum += m.br();
        }
        if (Math.abs(sum - 1) > TauDecayTable.SUM_TOLERANCE) {
            throw new InputException(
                    source,
                    "",
                    "branching fractions add up to " + sum + "; expected 1 (within " + TauDecayTable.SUM_TOLERANCE
                            + ")");
        }
        return new TauDecayTable(source, tauMass, channels, parameters);
    }
}
