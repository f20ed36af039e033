package io.upsilon.generators.process;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.random.RandomStream;
import io.upsilon.generators.decay.DecFile;
import io.upsilon.generators.decay.HadronDecayTables;
import io.upsilon.generators.decay.HadronDecayer;
import io.upsilon.generators.decay.TauDecayer;
import io.upsilon.generators.fragmentation.StringFragmentation;
import io.upsilon.generators.fragmentation.StringFragmentationException;
import io.upsilon.generators.shower.ColourSinglets;
import java.util.Objects;

/**
 * The hadron level of e+e- -&gt; q qbar: every colour-singlet system is fragmented by the Lund string
 * ({@link StringFragmentation}, Belle II tune), then every unstable hadron is decayed by the one
 * decay engine ({@link HadronDecayer}, the bundled or the user's DEC table; taus from D_s decays by
 * the {@link TauDecayer}). K_L0, neutrons and the other long-lived particles are left to the
 * detector. One instance per generator (both parts keep scratch arrays).
 *
 * <p>A colour singlet too light for two hadrons (e.g. lighter than the lightest hadron of its ends:
 * a soft g -&gt; q qbar pair next to another, or a charm quark with a collinear light antiquark;
 * {@link StringFragmentation#fragmentOrDefer}) is collapsed to one hadron after the other singlets are fragmented, and the missing
 * or excess mass is taken from or given to the fragmented singlet with which it has the largest
 * invariant mass ({@link StringFragmentation#collapse}; PYTHIA's mini-string treatment), so the
 * event's four-momentum and charge stay exact. If no fragmented singlet leaves room (e.g. both
 * singlets of a c cbar pair just above the open-charm threshold are light), it is collapsed
 * together with the next light singlet, one hadron each ({@link StringFragmentation#collapsePair}).
 * Only if that fails too is it fragmented alone (one hadron with a pi0 or, if even that is too
 * heavy, a photon, {@link StringFragmentation#fragment}), or the {@link
 * io.upsilon.generators.fragmentation.StringFragmentationException} passed on (the generator then
 * drops and counts the event; none in 4 x 10^5 events at Y4S-off).
 */
public final class StringHadronizer implements PartonHadronizer {
    private final StringFragmentation strings;
    private final HadronDecayer decays;
    private int[] hadronFirst = new int[4];
    private int[] hadronLast = new int[4];
    private int[] deferred = new int[4];

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

    private boolean collapsedTogether(
            EventBuffer event, ColourSinglets singlets, int i, int partner, RandomStream rng) {
        if (partner < 0) {
            return false;
        }
        try {
            strings.collapsePair(
                    event, singlets.first(i), singlets.last(i), singlets.first(partner), singlets.last(partner), rng);
            return true;
        } catch (StringFragmentationException tooLight) {
            return false;
        }
    }

    @Override
    public void hadronize(EventBuffer event, ColourSinglets singlets, RandomStream rng) {
        // The singlets' index ranges stay valid: hadrons are appended after the partons.
        int count = singlets.count();
        if (hadronFirst.length < count) {
            hadronFirst = new int[count];
            hadronLast = new int[count];
            deferred = new int[count];
        }
        int fragmented = 0;
        int tooLight = 0;
        for (int i = 0; i < count; i++) {
            int before = event.size();
            if (!strings.fragmentOrDefer(event, singlets.first(i), singlets.last(i), rng)) {
                deferred[tooLight++] = i; // too light for two hadrons: collapsed below, once the recoilers exist
                continue;
            }
            hadronFirst[fragmented] = before;
            hadronLast[fragmented] = event.size() - 1;
            fragmented++;
        }
        for (int k = 0; k < tooLight; k++) {
            int i = deferred[k];
            if (i < 0) {
                continue; // collapsed together with an earlier one
            }
            int before = event.size();
            try {
                strings.collapse(event, singlets.first(i), singlets.last(i), hadronFirst, hadronLast, fragmented, rng);
            } catch (StringFragmentationException noRoom) {
                // No fragmented singlet leaves room (e.g. all singlets are light): collapse it
                // together with the next light one; failing that, alone: one hadron with a pi0 or a
                // photon, or (lighter than its lightest hadron) the exception that drops the event.
                int partner = k + 1 < tooLight ? deferred[k + 1] : -1;
                if (collapsedTogether(event, singlets, i, partner, rng)) {
                    deferred[k + 1] = -1;
                } else {
                    strings.fragment(event, singlets.first(i), singlets.last(i), rng);
                }
            }
            // The new hadron(s) can take the recoil of the next light singlet.
            hadronFirst[fragmented] = before;
            hadronLast[fragmented] = event.size() - 1;
            fragmented++;
        }
        decays.decay(event, rng);
    }
}
