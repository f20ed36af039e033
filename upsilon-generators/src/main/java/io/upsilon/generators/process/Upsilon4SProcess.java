package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.error.InputException;
import io.upsilon.generators.decay.DecFile;
import io.upsilon.generators.decay.HadronDecayTables;
import io.upsilon.generators.decay.SignalOverlay;
import java.util.List;
import java.util.Map;

/**
 * e+e- -&gt; Upsilon(4S) -&gt; B Bbar as a {@link Process} ({@code y4s-bbbar}, {@code y4s-bpbm},
 * {@code y4s-b0b0bar}): the {@link Upsilon4SGenerator} with the run's decay table (the bundled one,
 * or {@code --decay-file} on top of it). Off-resonance running is the continuum processes at the
 * {@code Y4S-off} beam preset, below the B Bbar threshold.
 *
 * <p>Parameters: {@code signal} (a bundled {@link SignalOverlay} name or the path of a DEC
 * overlay; default none: generic B decays), and any {@code Define} of that overlay as {@code
 * --param NAME=value}; {@code weighted} (0 or 1, default 0): 1 gives the weighted form, every call
 * a B pair with weight ISR factor x sigma(s'), instead of the default unweighted events ({@link
 * Upsilon4SGenerator}: accepted calls carry the same weight w_max, rejected ones weight 0 and no B
 * pair).
 */
public final class Upsilon4SProcess implements Process {
    /** The text parameter naming the signal overlay. */
    public static final String SIGNAL = "signal";

    /** The numeric parameter asking for weighted events (1) instead of the default unweighted ones (0). */
    public static final String WEIGHTED = "weighted";

    private final String name;
    private final String description;
    private final Upsilon4SGenerator.Pairs pairs;

    /**
     * @param name registry name
     * @param what the final state, for the description (e.g. {@code B+ B-})
     * @param pairs the B pairs made
     */
    public Upsilon4SProcess(String name, String what, Upsilon4SGenerator.Pairs pairs) {
        if (name == null || name.isBlank() || what == null || pairs == null) {
            throw new IllegalArgumentException("need a name, a description and the pairs");
        }
        this.name = name;
        this.description = "e+e- -> Upsilon(4S) -> " + what
                + ": Breit-Wigner with p^3 running width (PDG 2024), beam-energy spread, ISR; B decays by the"
                + " DEC table (coherent B0 mixing, CP)";
        this.pairs = pairs;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<ProcessParameter> parameters() {
        return List.of(
                ProcessParameter.text(
                        SIGNAL,
                        "signal decay of one B per event: a bundled overlay ("
                                + String.join(", ", SignalOverlay.bundledNames())
                                + ") or the path of a DEC overlay; default: generic decays",
                        ""),
                new ProcessParameter(
                        WEIGHTED,
                        "",
                        "1: weighted events (every call a B pair, weight ISR factor x sigma(s')); 0: unweighted"
                                + " (accepted events share one weight, rejected trials have weight 0 and no B pair)",
                        0,
                        0,
                        1),
                ProcessParameter.open("DEFINE", "a new value for a Define of the signal overlay"));
    }

    @Override
    public Upsilon4SGenerator newGenerator(Beam beam, ProcessParameters values, GeneratorOptions options) {
        DecFile table = options.decays() != null
                ? options.decays()
                : HadronDecayTables.bundled()
                        .orElseThrow(() -> new IllegalStateException(
                                "the bundled " + HadronDecayTables.RESOURCE + " is missing from the class path"));
        String signalName = values.texts().getOrDefault(SIGNAL, "");
        boolean weighted = values.asMap().getOrDefault(WEIGHTED, 0.0) >= 0.5;
        Map<String, Double> overrides = values.open();
        if (signalName.isEmpty()) {
            if (!overrides.isEmpty()) {
                String first = overrides.keySet().iterator().next();
                throw new InputException(
                        "--param",
                        first,
                        "process " + name + " has no parameter '" + first + "' (a Define override needs --param "
                                + SIGNAL + "=...); its parameters: " + SIGNAL);
            }
            return new Upsilon4SGenerator(beam, pairs, options.radiation(), table, null, weighted);
        }
        SignalOverlay signal = SignalOverlay.load(signalName, overrides, table);
        return new Upsilon4SGenerator(beam, pairs, options.radiation(), table, signal, weighted);
    }
}
