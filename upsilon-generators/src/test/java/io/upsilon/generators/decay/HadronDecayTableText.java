package io.upsilon.generators.decay;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Test support: a deliberately small, independent reader of the bundled hadron decay table
 * ({@code hadron-decays.dec}), so the table's physics checks (sums, charges, thresholds, coverage)
 * do not depend on the engine's parser; the engine's parser is tested on the same file separately.
 * It understands only what the table uses: {@code Decay}/{@code Enddecay} blocks, {@code CDecay},
 * {@code End} and {@code #} comments.
 */
final class HadronDecayTableText {
    /** Resource path of the table inside the generators jar. */
    static final String RESOURCE = "/io/upsilon/generators/decay/hadron-decays.dec";

    /** The only model names the table may use (those the hadron decay engine implements). */
    static final Set<String> MODELS = Set.of(
            "PHSP",
            "VSS",
            "SVS",
            "VSP_PWAVE",
            "VLL",
            "PI0_DALITZ",
            "ETA_DALITZ",
            "OMEGA_DALITZ",
            "SLBKPOLE",
            "VSS_BMIX",
            "SSD_CP");

    /** One channel line: raw branching fraction, daughters, model, model arguments, line number. */
    record Channel(double branchingFraction, List<String> daughters, String model, List<Double> args, int line) {}

    /** One {@code Decay} block: the parent, its channels in file order, and its line number. */
    record Block(String parent, List<Channel> channels, int line) {
        double rawSum() {
            return channels.stream().mapToDouble(Channel::branchingFraction).sum();
        }
    }

    private final Map<String, Block> blocks;
    private final Map<String, Integer> chargeConjugates;
    private final boolean endSeen;

    private HadronDecayTableText(Map<String, Block> blocks, Map<String, Integer> chargeConjugates, boolean endSeen) {
        this.blocks = blocks;
        this.chargeConjugates = chargeConjugates;
        this.endSeen = endSeen;
    }

    /** Reads the bundled table; throws {@link IllegalStateException} naming the line on anything unexpected. */
    static HadronDecayTableText bundled() {
        try (InputStream in = HadronDecayTableText.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HadronDecayTableText parse(String text) {
        Map<String, Block> blocks = new LinkedHashMap<>();
        Map<String, Integer> conjugates = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        String parent = null;
        int parentLine = 0;
        List<Channel> channels = null;
        boolean end = false;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i];
            int hash = line.indexOf('#');
            String content = (hash >= 0 ? line.substring(0, hash) : line).trim();
            if (content.isEmpty()) {
                continue;
            }
            if (end) {
                throw new IllegalStateException("line " + lineNo + ": text after End");
            }
            String[] tok = content.split("\\s+");
            switch (tok[0]) {
                case "Decay" -> {
                    require(parent == null && tok.length == 2, lineNo, "Decay <particle> outside a block");
                    require(!blocks.containsKey(tok[1]), lineNo, "a second block for " + tok[1]);
                    parent = tok[1];
                    parentLine = lineNo;
                    channels = new ArrayList<>();
                }
                case "Enddecay" -> {
                    require(parent != null && tok.length == 1, lineNo, "Enddecay closing a block");
                    blocks.put(parent, new Block(parent, List.copyOf(channels), parentLine));
                    parent = null;
                }
                case "CDecay" -> {
                    require(parent == null && tok.length == 2, lineNo, "CDecay <particle> outside a block");
                    require(!conjugates.containsKey(tok[1]), lineNo, "a second CDecay for " + tok[1]);
                    conjugates.put(tok[1], lineNo);
                }
                case "End" -> {
                    require(parent == null && tok.length == 1, lineNo, "End outside a block");
                    end = true;
                }
                default -> {
                    require(parent != null, lineNo, "a keyword (channel lines belong inside Decay blocks)");
                    channels.add(channel(tok, lineNo));
                }
            }
        }
        if (parent != null) {
            throw new IllegalStateException("block " + parent + " not closed by Enddecay");
        }
        return new HadronDecayTableText(blocks, conjugates, end);
    }

    private static Channel channel(String[] tok, int lineNo) {
        require(tok[tok.length - 1].endsWith(";"), lineNo, "a channel ending with ';'");
        tok[tok.length - 1] = tok[tok.length - 1].substring(0, tok[tok.length - 1].length() - 1);
        double br;
        try {
            br = Double.parseDouble(tok[0]);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("line " + lineNo + ": expected a branching fraction, got " + tok[0], e);
        }
        int model = -1;
        for (int k = 1; k < tok.length; k++) {
            if (MODELS.contains(tok[k])) {
                model = k;
                break;
            }
        }
        require(model > 1, lineNo, "daughters followed by one of the models " + MODELS);
        List<Double> args = new ArrayList<>();
        for (int k = model + 1; k < tok.length; k++) {
            if (!tok[k].isEmpty()) {
                args.add(Double.parseDouble(tok[k]));
            }
        }
        return new Channel(br, List.of(java.util.Arrays.copyOfRange(tok, 1, model)), tok[model], args, lineNo);
    }

    private static void require(boolean ok, int lineNo, String expected) {
        if (!ok) {
            throw new IllegalStateException("line " + lineNo + ": expected " + expected);
        }
    }

    /** The {@code Decay} blocks by parent name, in file order. */
    Map<String, Block> blocks() {
        return blocks;
    }

    /** The particles decayed by {@code CDecay}, with the line of each. */
    Map<String, Integer> chargeConjugates() {
        return chargeConjugates;
    }

    /** Whether the file ends with the {@code End} keyword. */
    boolean endSeen() {
        return endSeen;
    }
}
