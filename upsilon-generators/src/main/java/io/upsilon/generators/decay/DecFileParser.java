package io.upsilon.generators.decay;

import io.upsilon.core.error.InputException;
import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads decay tables in EvtGen's DEC format (the grammar of EvtGen's {@code
 * src/EvtGenBase/EvtDecayTable.cpp::readDecayFile} and {@code src/EvtGenBase/EvtParser.cpp}, read
 * for behaviour).
 *
 * <p>The text is a sequence of whitespace-separated, case-sensitive tokens; {@code #} starts a
 * comment to the end of the line. The statements:
 *
 * <ul>
 *   <li>{@code Decay P} then decay lines {@code BR d1 .. dn [PHOTOS] [VERBOSE] [SUMMARY] MODEL
 *       args ;} then {@code Enddecay}. Arguments are numbers or {@code Define}d names. At {@code
 *       Enddecay} the fractions are divided by their raw sum (kept in {@link DecDecay#rawSum()}).
 *       Redefining a parent replaces its table. Two lines with the same daughters are an error.
 *       Each line must conserve charge, and its model ({@link DecModels}) must accept its
 *       daughters and arguments.
 *   <li>{@code Alias new old}: a new name for a particle, with its own decay table.
 *   <li>{@code ChargeConj a abar}: declares two aliases each other's charge conjugates.
 *   <li>{@code CDecay X}: X's table is the charge conjugate of the table of X's antiparticle
 *       (given before).
 *   <li>{@code CopyDecay new old}: new's table is a copy of old's.
 *   <li>{@code RemoveDecay P} then lines {@code d1 .. dn ;} then {@code Enddecay}: removes the
 *       channels of P with those daughters (lines that match none are ignored, as in EvtGen) and
 *       renormalises the rest.
 *   <li>{@code Define name value}; {@code Particle name mass [width]} (GeV; see {@link
 *       DecFile#effective}).
 *   <li>{@code yesPhotos}, {@code noPhotos}, {@code normalPhotos}: recorded ({@link
 *       DecFile#photosMode()}), and so is the per-line {@code PHOTOS}; Upsilon has no PHOTOS and
 *       adds no final-state radiation to hadron decays. {@code VERBOSE} and {@code SUMMARY} are
 *       informational and ignored.
 *   <li>{@code End} ends the file (anything after it is ignored); a file without it is an error.
 * </ul>
 *
 * <p>The other EvtGen keywords (line-shape and mass-range settings, {@code ModelAlias}, PYTHIA
 * parameters, ...) are an error saying they are not supported. Every error is an {@link
 * InputException} naming the source, the line and column, and what was expected. Names resolve
 * through the aliases, then the {@link ParticleTable} (EvtGen names).
 */
public final class DecFileParser {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private static final Set<String> FLAGS = Set.of("PHOTOS", "VERBOSE", "SUMMARY");

    private static final Set<String> UNSUPPORTED_KEYWORDS = Set.of(
            "ChangeMassMin",
            "ChangeMassMax",
            "IncludeBirthFactor",
            "IncludeDecayFactor",
            "LSNONRELBW",
            "LSFLAT",
            "LSMANYDELTAFUNC",
            "BlattWeisskopf",
            "SetLineshapePW",
            "ModelAlias",
            "PythiaGenericParam",
            "PythiaAliasParam",
            "PythiaBothParam",
            "PythiaParam",
            "JetSetPar",
            "BeginPythiaParam");

    /** EvtGen models a DEC file may name that Upsilon does not implement (a clearer message). */
    private static final Set<String> UNSUPPORTED_MODELS = Set.of(
            "ISGW",
            "ISGW2",
            "HQET",
            "HQET2",
            "HQET3",
            "BGL",
            "SLN",
            "SLPOLE",
            "SVV_HELAMP",
            "SVP_HELAMP",
            "HELAMP",
            "PARTWAVE",
            "VSS_BMIX",
            "VSS_MIX",
            "SSD_CP",
            "BTOSLLBALL",
            "KNUNU",
            "KSTARNUNU",
            "TAUSCALARNU",
            "TAUVECTORNU",
            "TAUHADNU",
            "TAULNUNU",
            "TAUOLA",
            "PYTHIA",
            "JETSET",
            "LUNDAREA",
            "BTOXSGAMMA",
            "D_DALITZ",
            "GOITY_ROBERTS",
            "VVS_PWAVE",
            "VVPIPI",
            "VUB",
            "PHSPDECAYTIMECUT",
            "PHSP_CP",
            "SVS_CP",
            "SVV_CP",
            "STS",
            "TSS");

    private final String source;
    private final ParticleTable particles;
    private final Map<String, DecDecay> decays;
    private final Map<String, DecParticle> aliases;
    private final Map<String, String> chargeConjugates;
    private final Map<String, Double> defines;
    private final Map<String, DecParticleOverride> overrides;
    private PhotosMode photosMode;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;

    /** One token with its 1-based line and column. */
    private record Token(String text, int line, int column) {
        String where() {
            return "line " + line + ", column " + column;
        }
    }

    private DecFileParser(String source, DecFile base) {
        this.source = source;
        this.particles = base.particleTable();
        this.decays = new LinkedHashMap<>(base.decays());
        this.aliases = new LinkedHashMap<>(base.aliases());
        this.chargeConjugates = new LinkedHashMap<>(base.chargeConjugates());
        this.defines = new LinkedHashMap<>(base.defines());
        this.overrides = new LinkedHashMap<>(base.overrides());
        this.photosMode = base.photosMode();
    }

    /**
     * Reads a DEC file.
     *
     * @throws InputException for unreadable or malformed input, naming the file, line and column
     */
    public static DecFile parse(Path file, ParticleTable particles) {
        return parse(file, DecFile.empty(particles));
    }

    /** Reads a DEC file on top of {@code base} (its tables, aliases and defines; the file's replace them). */
    public static DecFile parse(Path file, DecFile base) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r, file.toString(), base);
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(file.toString(), "", "cannot read the decay file: " + e.getMessage(), e);
        }
    }

    /**
     * Reads DEC text.
     *
     * @param sourceName the name used in error messages (a path, "stdin")
     * @throws InputException for malformed input, naming {@code sourceName}, line and column
     */
    public static DecFile parse(Reader reader, String sourceName, ParticleTable particles) {
        return parse(reader, sourceName, DecFile.empty(particles));
    }

    /** Reads DEC text on top of {@code base} (a parent's table in the text replaces base's). */
    public static DecFile parse(Reader reader, String sourceName, DecFile base) {
        DecFileParser p = new DecFileParser(sourceName, base);
        p.tokenize(reader);
        p.run();
        return new DecFile(
                sourceName, p.particles, p.decays, p.aliases, p.chargeConjugates, p.defines, p.overrides, p.photosMode);
    }

    private void tokenize(Reader reader) {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        try {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                int hash = line.indexOf('#');
                if (hash >= 0) {
                    line = line.substring(0, hash);
                }
                int i = 0;
                int n = line.length();
                while (i < n) {
                    char c = line.charAt(i);
                    if (Character.isWhitespace(c)) {
                        i++;
                    } else if (c == ';') {
                        tokens.add(new Token(";", number, i + 1));
                        i++;
                    } else {
                        int start = i;
                        while (i < n && !Character.isWhitespace(line.charAt(i)) && line.charAt(i) != ';') {
                            i++;
                        }
                        tokens.add(new Token(line.substring(start, i), number, start + 1));
                    }
                }
            }
        } catch (IOException e) {
            throw new InputException(source, "", "cannot read the decay file: " + e.getMessage(), e);
        }
    }

    private InputException error(Token t, String problem) {
        return new InputException(source, t.where(), problem);
    }

    private Token next(String expected) {
        if (pos >= tokens.size()) {
            int line = tokens.isEmpty() ? 1 : tokens.get(tokens.size() - 1).line();
            throw new InputException(source, "line " + line, "unexpected end of file: expected " + expected);
        }
        return tokens.get(pos++);
    }

    private void run() {
        while (true) {
            if (pos >= tokens.size()) {
                int line = tokens.isEmpty() ? 1 : tokens.get(tokens.size() - 1).line();
                throw new InputException(source, "line " + line, "expected 'End' before the end of the file");
            }
            Token t = tokens.get(pos++);
            switch (t.text()) {
                case "End" -> {
                    return;
                }
                case "Decay" -> readDecay(t);
                case "CDecay" -> readChargeConjugateDecay();
                case "CopyDecay" -> readCopyDecay();
                case "RemoveDecay" -> readRemoveDecay();
                case "Alias" -> readAlias();
                case "ChargeConj" -> readChargeConj();
                case "Define" -> readDefine();
                case "Particle" -> readParticle();
                case "yesPhotos" -> photosMode = PhotosMode.YES;
                case "noPhotos" -> photosMode = PhotosMode.NO;
                case "normalPhotos" -> photosMode = PhotosMode.NORMAL;
                default -> {
                    if (UNSUPPORTED_KEYWORDS.contains(t.text())) {
                        throw error(t, "the EvtGen keyword '" + t.text() + "' is not supported by Upsilon");
                    }
                    throw error(
                            t,
                            "expected a keyword (Decay, CDecay, CopyDecay, RemoveDecay, Alias, ChargeConj, Define,"
                                    + " Particle, yesPhotos, noPhotos, normalPhotos, End), got '" + t.text() + "'");
                }
            }
        }
    }

    /** A name token resolved through the aliases, then the particle table. */
    private DecParticle particle(Token t) {
        DecParticle alias = aliases.get(t.text());
        if (alias != null) {
            return alias;
        }
        ParticleData d = particles.findByName(t.text()).orElse(null);
        if (d == null) {
            throw error(
                    t,
                    "unknown particle '" + t.text() + "': expected a name of the particle table (" + particles.source()
                            + ") or an Alias");
        }
        return new DecParticle(t.text(), d);
    }

    private boolean isParticleName(String name) {
        return aliases.containsKey(name) || particles.contains(name);
    }

    private double number(Token t, String what) {
        if (NUMBER.matcher(t.text()).matches()) {
            double v = Double.parseDouble(t.text());
            if (Double.isFinite(v)) {
                return v;
            }
        }
        throw error(t, "expected " + what + ", got '" + t.text() + "'");
    }

    private double argument(Token t) {
        Double defined = defines.get(t.text());
        if (defined != null) {
            return defined;
        }
        return number(t, "a model argument (a number or a Defined name)");
    }

    private void readDecay(Token keyword) {
        Token nameToken = next("a particle name after 'Decay'");
        DecParticle parent = particle(nameToken);
        List<DecChannel> raw = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        while (true) {
            Token t = next("'Enddecay' to close 'Decay " + parent.name() + "' of line " + keyword.line());
            if (t.text().equals("Enddecay")) {
                break;
            }
            double br = number(t, "a branching fraction (a number >= 0) or 'Enddecay'");
            if (br < 0) {
                throw error(t, "expected a branching fraction >= 0, got " + t.text());
            }
            DecChannel c = readChannelBody(parent, br, t);
            // As in EvtGen, quark-level lines may repeat a daughter set (colour-favoured and colour-
            // suppressed orderings, different PYTHIA codes): their order and code matter.
            boolean quarkLevel = c.model().equals("QUARK_STRING") || c.model().equals("PYTHIA");
            String key = daughterKey(c.daughters());
            Integer previous = quarkLevel ? null : seen.put(key, t.line());
            if (previous != null) {
                throw error(
                        t,
                        "the daughters " + key + " of " + parent.name() + " appear twice (lines " + previous + " and "
                                + t.line() + "): merge the two lines");
            }
            raw.add(c);
        }
        decays.put(parent.name(), normalise(parent, raw, keyword));
    }

    private DecDecay normalise(DecParticle parent, List<DecChannel> raw, Token where) {
        double sum = 0;
        for (DecChannel c : raw) {
            sum += c.rawBranchingFraction();
        }
        if (!raw.isEmpty() && !(sum > 0)) {
            throw error(where, "the branching fractions of " + parent.name() + " add up to 0: expected a positive sum");
        }
        List<DecChannel> out = new ArrayList<>(raw.size());
        for (DecChannel c : raw) {
            out.add(c.withBranchingFraction(c.rawBranchingFraction() / sum));
        }
        return new DecDecay(parent, out, sum);
    }

    private static String daughterKey(List<DecParticle> daughters) {
        String[] names = new String[daughters.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = daughters.get(i).name();
        }
        Arrays.sort(names);
        return String.join(" ", names);
    }

    /** Reads {@code d1 .. dn [flags] MODEL args ;} after the branching fraction. */
    private DecChannel readChannelBody(DecParticle parent, double br, Token brToken) {
        List<DecParticle> daughters = new ArrayList<>();
        boolean photos = false;
        Token modelToken = null;
        while (modelToken == null) {
            Token t = next("daughters and a model name ending with ';'");
            String s = t.text();
            if (s.equals(";")) {
                throw error(
                        t,
                        "expected a model name before ';' (known models: " + String.join(", ", DecModels.names())
                                + ")");
            } else if (FLAGS.contains(s)) {
                photos |= s.equals("PHOTOS");
            } else if (DecModels.contains(s) && !isParticleName(s)) {
                modelToken = t;
            } else if (isParticleName(s)) {
                daughters.add(particle(t));
            } else if (UNSUPPORTED_MODELS.contains(s)) {
                throw error(
                        t,
                        "the EvtGen model '" + s + "' is not supported by Upsilon; supported models: "
                                + String.join(", ", DecModels.names()));
            } else {
                throw error(
                        t,
                        "unknown particle or model '" + s + "': expected a particle name of the particle table ("
                                + particles.source() + "), an Alias, or a model ("
                                + String.join(", ", DecModels.names())
                                + ")");
            }
        }
        if (daughters.isEmpty()) {
            throw error(modelToken, "expected at least one daughter before the model " + modelToken.text());
        }
        List<Double> args = new ArrayList<>();
        while (true) {
            Token t = next("';' to end the decay line");
            if (t.text().equals(";")) {
                break;
            }
            args.add(argument(t));
        }
        DecChannel c = new DecChannel(br, br, daughters, modelToken.text(), args, photos, brToken.line());
        check(parent, c, modelToken);
        return c;
    }

    /** Charge conservation and the model's own checks of daughters and arguments. */
    private void check(DecParticle parent, DecChannel c, Token where) {
        double charge = 0;
        List<ParticleData> ds = new ArrayList<>(c.daughters().size());
        for (DecParticle d : c.daughters()) {
            charge += d.data().charge();
            ds.add(d.data());
        }
        if (Math.abs(charge - parent.data().charge()) > 1e-9) {
            throw error(
                    where,
                    "the daughters' charge " + fmt(charge) + " differs from the charge "
                            + fmt(parent.data().charge()) + " of " + parent.name());
        }
        try {
            DecModels.create(c.model(), parent.data(), ds, c.argArray(), particles);
        } catch (IllegalArgumentException e) {
            throw error(where, e.getMessage() + " (decay of " + parent.name() + ")");
        }
    }

    private static String fmt(double charge) {
        return charge == Math.rint(charge) ? Long.toString((long) charge) : Double.toString(charge);
    }

    private DecParticle conjugate(DecParticle p) {
        String partner = chargeConjugates.get(p.name());
        if (partner != null) {
            DecParticle a = aliases.get(partner);
            return a != null ? a : new DecParticle(partner, particles.byName(partner));
        }
        ParticleData anti = particles.antiparticle(p.data());
        if (p.isAlias() && anti.id() == p.data().id()) {
            return p; // a self-conjugate alias is its own conjugate
        }
        return new DecParticle(anti.name(), anti);
    }

    private void readChargeConjugateDecay() {
        Token t = next("a particle name after 'CDecay'");
        DecParticle p = particle(t);
        DecParticle anti = conjugate(p);
        if (anti.name().equals(p.name())) {
            throw error(t, "CDecay " + p.name() + ": the particle is its own charge conjugate");
        }
        DecDecay base = decays.get(anti.name());
        if (base == null) {
            throw error(t, "CDecay " + p.name() + ": expected a decay table of " + anti.name() + " before this line");
        }
        List<DecChannel> cs = new ArrayList<>(base.channels().size());
        for (DecChannel c : base.channels()) {
            List<DecParticle> ds = new ArrayList<>(c.daughters().size());
            for (DecParticle d : c.daughters()) {
                ds.add(conjugate(d));
            }
            DecChannel cc = new DecChannel(
                    c.branchingFraction(), c.rawBranchingFraction(), ds, c.model(), c.args(), c.photos(), t.line());
            check(p, cc, t);
            cs.add(cc);
        }
        decays.put(p.name(), new DecDecay(p, cs, base.rawSum()));
    }

    private void readCopyDecay() {
        Token target = next("a new particle name after 'CopyDecay'");
        Token from = next("the particle whose decays 'CopyDecay' copies");
        DecParticle p = particle(target);
        DecParticle q = particle(from);
        DecDecay base = decays.get(q.name());
        if (base == null) {
            throw error(from, "CopyDecay: expected a decay table of " + q.name() + " before this line");
        }
        if (Math.abs(p.data().charge() - q.data().charge()) > 1e-9) {
            throw error(target, "CopyDecay: " + p.name() + " and " + q.name() + " have different charges");
        }
        for (DecChannel c : base.channels()) {
            check(p, c, target);
        }
        decays.put(p.name(), new DecDecay(p, base.channels(), base.rawSum()));
    }

    private void readRemoveDecay() {
        Token keyword = tokens.get(pos - 1);
        DecParticle p = particle(next("a particle name after 'RemoveDecay'"));
        DecDecay base = decays.get(p.name());
        if (base == null) {
            throw error(keyword, "RemoveDecay: expected a decay table of " + p.name() + " before this line");
        }
        List<String> remove = new ArrayList<>();
        List<DecParticle> line = new ArrayList<>();
        while (true) {
            Token t = next("'Enddecay' to close 'RemoveDecay " + p.name() + "' of line " + keyword.line());
            if (t.text().equals("Enddecay")) {
                if (!line.isEmpty()) {
                    throw error(t, "expected ';' after the daughters to remove");
                }
                break;
            }
            if (t.text().equals(";")) {
                if (line.isEmpty()) {
                    throw error(t, "expected the daughters of the channel to remove before ';'");
                }
                remove.add(daughterKey(line));
                line.clear();
            } else {
                line.add(particle(t));
            }
        }
        List<DecChannel> kept = new ArrayList<>();
        for (DecChannel c : base.channels()) {
            if (!remove.contains(daughterKey(c.daughters()))) {
                kept.add(c);
            }
        }
        decays.put(p.name(), normalise(p, kept, keyword));
    }

    private void readAlias() {
        Token name = next("the new name after 'Alias'");
        Token old = next("the particle name the Alias stands for");
        if (NUMBER.matcher(name.text()).matches() || name.text().equals(";")) {
            throw error(name, "expected an alias name, got '" + name.text() + "'");
        }
        if (particles.contains(name.text())) {
            throw error(name, "Alias " + name.text() + ": the name is already a particle of the particle table");
        }
        DecParticle target = particle(old);
        aliases.put(name.text(), new DecParticle(name.text(), target.data()));
    }

    private void readChargeConj() {
        Token a = next("an alias after 'ChargeConj'");
        Token b = next("its charge conjugate after 'ChargeConj " + a.text() + "'");
        DecParticle pa = particle(a);
        DecParticle pb = particle(b);
        if (pa.data().antiparticleId() != pb.data().id()) {
            throw error(
                    b,
                    "ChargeConj: " + pb.name() + " is not the antiparticle of " + pa.name() + " (expected an alias of "
                            + particles.antiparticle(pa.data()).name() + ")");
        }
        chargeConjugates.put(pa.name(), pb.name());
        chargeConjugates.put(pb.name(), pa.name());
    }

    private void readDefine() {
        Token name = next("a name after 'Define'");
        Token value = next("the value of 'Define " + name.text() + "'");
        if (NUMBER.matcher(name.text()).matches() || name.text().equals(";")) {
            throw error(name, "expected a name to Define, got '" + name.text() + "'");
        }
        defines.put(name.text(), number(value, "a number as the value of " + name.text()));
    }

    private void readParticle() {
        Token name = next("a particle name after 'Particle'");
        DecParticle p = particle(name);
        Token massToken = next("the mass (GeV) of " + p.name());
        double mass = number(massToken, "a mass in GeV");
        if (!(mass >= 0)) {
            throw error(massToken, "expected a mass >= 0 GeV, got " + massToken.text());
        }
        double width = Double.NaN;
        if (pos < tokens.size() && NUMBER.matcher(tokens.get(pos).text()).matches()) {
            Token w = tokens.get(pos++);
            width = number(w, "a width in GeV");
            if (width < 0) {
                throw error(w, "expected a width >= 0 GeV, got " + w.text());
            }
        }
        overrides.put(p.name(), new DecParticleOverride(p.name(), mass, width));
    }
}
