package io.upsilon.analysis.particles;

import io.upsilon.core.error.InputException;
import io.upsilon.core.pdg.ParticleTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A one-level decay as basf2 writes it for {@code reconstructDecay}: {@code mother -> daughter1
 * daughter2 ...}, each a particle-list name ({@code vpho:mumu -> mu+:good mu-:good}, {@code B+ ->
 * K+ pi0}).
 *
 * @param text the decay string as given
 * @param mother the list the candidates go into
 * @param daughters the lists the daughters come from, in order
 */
public record DecayString(String text, ParticleListName mother, List<ParticleListName> daughters) {
    public DecayString {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mother, "mother");
        daughters = List.copyOf(daughters);
        if (daughters.isEmpty()) {
            throw new IllegalArgumentException("a decay needs at least one daughter");
        }
    }

    /**
     * Parses a decay string.
     *
     * @throws InputException (source = the decay string, location = {@code column N}) for a missing
     *     arrow, a missing mother or daughter, an unknown particle, or a decay that does not conserve
     *     charge
     */
    public static DecayString parse(String text, ParticleTable table) {
        Objects.requireNonNull(text, "text");
        List<String> words = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (c == '-' && i + 1 < n && text.charAt(i + 1) == '>') {
                i += 2;
            } else {
                while (i < n && !Character.isWhitespace(text.charAt(i)) && !text.startsWith("->", i)) {
                    i++;
                }
            }
            words.add(text.substring(start, i));
            columns.add(start + 1);
        }
        int arrow = words.indexOf("->");
        if (arrow < 0) {
            throw new InputException(
                    text,
                    "column " + (n + 1),
                    "expected '->' between the mother and the daughters, e.g. 'vpho -> mu+ mu-'");
        }
        if (arrow != 1) {
            String what = arrow == 0
                    ? "expected the mother particle before '->'"
                    : "expected one mother particle before '->'";
            throw new InputException(text, "column " + columns.get(arrow == 0 ? 0 : 1), what);
        }
        if (words.size() == 2) {
            throw new InputException(text, "column " + (n + 1), "expected at least one daughter after '->'");
        }
        ParticleListName mother = ParticleListName.parse(words.get(0), table, text, columns.get(0));
        List<ParticleListName> daughters = new ArrayList<>();
        double charge = 0;
        for (int k = 2; k < words.size(); k++) {
            if (words.get(k).equals("->")) {
                throw new InputException(
                        text, "column " + columns.get(k), "only one '->' is allowed (one decay level)");
            }
            ParticleListName d = ParticleListName.parse(words.get(k), table, text, columns.get(k));
            daughters.add(d);
            charge += d.particle().charge();
        }
        if (Math.abs(charge - mother.particle().charge()) > 1e-9) {
            throw new InputException(
                    text,
                    "column 1",
                    "charge is not conserved: " + mother.particle().name() + " has charge "
                            + fmt(mother.particle().charge()) + ", the daughters " + fmt(charge));
        }
        return new DecayString(text, mother, daughters);
    }

    private static String fmt(double q) {
        return q == Math.rint(q) ? Long.toString((long) q) : Double.toString(q);
    }

    /** The PDG codes of the daughters as written. */
    public int[] daughterPdgCodes() {
        int[] out = new int[daughters.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = daughters.get(k).particle().id();
        }
        return out;
    }

    @Override
    public String toString() {
        return text;
    }
}
