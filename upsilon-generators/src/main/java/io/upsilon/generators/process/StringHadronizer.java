package io.upsilon.generators.process;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.random.RandomStream;
import io.upsilon.generators.decay.DecFile;
import io.upsilon.generators.decay.HadronDecayTables;
import io.upsilon.generators.decay.HadronDecayer;
import io.upsilon.generators.decay.TauDecayer;
import io.upsilon.generators.fragmentation.StringFragmentation;
import io.upsilon.generators.shower.ColourSinglets;
import java.util.Objects;

/**
 * The hadron level of e+e- -&gt; q qbar: every colour-singlet system is fragmented by the Lund string
 * ({@link StringFragmentation}, Belle II tune), then every unstable hadron is decayed by the one
 * decay engine ({@link HadronDecayer}, the bundled or the user's DEC table; taus from D_s decays by
 * the {@link TauDecayer}). K_L0, neutrons and the other long-lived particles are left to the
 * detector. One instance per generator (both parts keep scratch arrays).
 */
public final class StringHadronizer implements PartonHadronizer {
    private final StringFragmentation strings;
    private final HadronDecayer decays;

    /** Fragmentation and decays as given. */
    public StringHadronizer(StringFragmentation strings, HadronDecayer decays) {
        this.strings = Objects.requireNonNull(strings, "strings");
        this.decays = Objects.requireNonNull(decays, "decays");
    }

    /** The Belle II string tune and the decay table of {@code options} (the bundled one by default). */
    public static StringHadronizer forOptions(GeneratorOptions options) {
        DecFile table = options.decays() != null
                ? options.decays()
                : HadronDecayTables.bundled()
                        .orElseThrow(() -> new IllegalStateException(
                                "the bundled " + HadronDecayTables.RESOURCE + " is missing from the class path"));
        return new StringHadronizer(
                StringFragmentation.belle2(),
                new HadronDecayer(table, HadronDecayer.DEFAULT_LEFT_TO_DETECTOR, new TauDecayer()));
    }

    @Override
    public void hadronize(EventBuffer event, ColourSinglets singlets, RandomStream rng) {
        // The singlets' index ranges stay valid: hadrons are appended after the partons.
        for (int i = 0; i < singlets.count(); i++) {
            strings.fragment(event, singlets.first(i), singlets.last(i), rng);
        }
        decays.decay(event, rng);
    }
}
