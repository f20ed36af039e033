package io.upsilon.searches;

import io.upsilon.analysis.select.CutExpression;
import io.upsilon.analysis.variables.StandardVariables;
import io.upsilon.core.config.ConfigNode;
import java.util.ArrayList;
import java.util.List;

/**
 * An ordered list of named cuts read from an analysis file, each a cut-flow row, with one cut per
 * channel. A row is either {@code {name, cut}} (the same cut in every channel) or {@code {name,
 * <channel>: cut, ...}} with one cut for each channel key (e.g. {@code e:} and {@code mu:}), so that
 * every channel has the same rows. Cuts are parsed with the cut language ({@link CutExpression});
 * errors name the file and the YAML path. Immutable.
 *
 * @param names the row names, in order
 * @param cuts per channel (in the order of the channel keys given to {@link #read}), the cuts in
 *     row order
 */
public record SelectionCuts(List<String> names, List<List<CutExpression>> cuts) {
    public SelectionCuts {
        names = List.copyOf(names);
        List<List<CutExpression>> copy = new ArrayList<>();
        for (List<CutExpression> c : cuts) {
            if (c.size() != names.size()) {
                throw new IllegalArgumentException("every channel needs one cut per row");
            }
            copy.add(List.copyOf(c));
        }
        cuts = List.copyOf(copy);
    }

    /** The cuts of channel {@code channel} (index into the channel keys), in row order. */
    public List<CutExpression> of(int channel) {
        return cuts.get(channel);
    }

    /**
     * Reads the list under {@code key}.
     *
     * @param channelKeys the channel keys a per-channel row must have (one entry for a single
     *     channel, whose rows then take only {@code cut})
     */
    /** The cut-flow steps of a selection: {@code fixed}, then these cuts' names, then {@code after}. */
    public List<String> steps(List<String> fixed, String... after) {
        List<String> s = new java.util.ArrayList<>(fixed);
        s.addAll(names);
        s.addAll(List.of(after));
        return List.copyOf(s);
    }

    public static SelectionCuts read(ConfigNode parent, String key, List<String> channelKeys) {
        List<String> names = new ArrayList<>();
        List<List<CutExpression>> cuts = new ArrayList<>();
        for (int k = 0; k < channelKeys.size(); k++) {
            cuts.add(new ArrayList<>());
        }
        for (ConfigNode row : parent.blocks(key)) {
            String name = row.string("name");
            if (names.contains(name)) {
                throw row.error("name", "cut name '" + name + "' is used twice (each is a cut-flow row)");
            }
            names.add(name);
            if (row.has("cut") || channelKeys.size() == 1) {
                CutExpression c = cut(row, "cut");
                for (List<CutExpression> channel : cuts) {
                    channel.add(c);
                }
            } else {
                for (int k = 0; k < channelKeys.size(); k++) {
                    if (!row.has(channelKeys.get(k))) {
                        throw row.error(
                                channelKeys.get(k),
                                "missing key: a row has either 'cut' (every channel) or one cut per channel ("
                                        + String.join(", ", channelKeys) + ")");
                    }
                    cuts.get(k).add(cut(row, channelKeys.get(k)));
                }
            }
            row.finish();
        }
        return new SelectionCuts(names, cuts);
    }

    /** The cut under {@code key}; errors carry the file and the YAML path of the key. */
    public static CutExpression cut(ConfigNode n, String key) {
        String text = n.string(key);
        String where = n.source() + " at " + (n.path().isEmpty() ? key : n.path() + "." + key);
        return CutExpression.parse(text, StandardVariables.registry(), where, 1);
    }
}
