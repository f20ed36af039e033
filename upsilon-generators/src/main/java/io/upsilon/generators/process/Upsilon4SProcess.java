package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.generators.decay.DecFile;
import io.upsilon.generators.decay.HadronDecayTables;

/**
 * e+e- -&gt; Upsilon(4S) -&gt; B Bbar as a {@link Process} ({@code y4s-bbbar}, {@code y4s-bpbm},
 * {@code y4s-b0b0bar}): the {@link Upsilon4SGenerator} with the run's decay table (the bundled one,
 * or {@code --decay-file} on top of it). Off-resonance running is the continuum processes at the
 * {@code Y4S-off} beam preset, below the B Bbar threshold.
 */
public final class Upsilon4SProcess implements Process {
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
    public Upsilon4SGenerator newGenerator(Beam beam, ProcessParameters values, GeneratorOptions options) {
        DecFile table = options.decays() != null
                ? options.decays()
                : HadronDecayTables.bundled()
                        .orElseThrow(() -> new IllegalStateException(
                                "the bundled " + HadronDecayTables.RESOURCE + " is missing from the class path"));
        return new Upsilon4SGenerator(beam, pairs, options.radiation(), table);
    }
}
