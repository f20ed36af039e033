package io.upsilon.generators.decay;

import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The generator truth of a neutral B pair from Upsilon(4S) -&gt; B0 anti-B0, read back from an
 * event (the convention of {@link VssBMixModel}, as EvtGen's {@code VSS_BMIX}): the two B's are the
 * Upsilon(4S)'s daughters, each written as the flavour it has when it decays (a pair of equal
 * species is mixed), and each decays at its proper time t = (t_decay - t_production) m / E, which
 * the event keeps in its daughters' production times (ns) and so survives a HepMC3 round trip.
 * For a pair with a CP eigenstate ({@link SsdCpModel}) the B decaying to it is labelled with the
 * flavour opposite to the other's ("the flavour it had when the tag decayed").
 *
 * @param upsilon index of the Upsilon(4S)
 * @param first index of the first B (daughter 1)
 * @param second index of the second B
 * @param firstTimePs proper decay time of the first B, ps (NaN if it did not decay)
 * @param secondTimePs proper decay time of the second B, ps (NaN if it did not decay)
 */
public record BPairTruth(int upsilon, int first, int second, double firstTimePs, double secondTimePs) {
    /** PDG id of the Upsilon(4S). */
    public static final int UPSILON_4S = 300553;

    /** PDG id of the B0. */
    public static final int B0 = 511;

    /** PDG id of the B+. */
    public static final int B_PLUS = 521;

    private static final double PS_PER_NS = 1e3;

    /** The first Upsilon(4S) -&gt; B0 anti-B0 (or mixed B0 B0, anti-B0 anti-B0) pair of the event, if any. */
    public static Optional<BPairTruth> find(GenEvent event) {
        for (int i = 0; i < event.size(); i++) {
            GenParticle u = event.particle(i);
            if (u.pdgId() != UPSILON_4S || u.daughterCount() != 2) {
                continue;
            }
            int a = u.firstDaughter();
            int b = a + 1;
            if (Math.abs(event.particle(a).pdgId()) == B0
                    && Math.abs(event.particle(b).pdgId()) == B0) {
                return Optional.of(new BPairTruth(i, a, b, properTimePs(event, a), properTimePs(event, b)));
            }
        }
        return Optional.empty();
    }

    /**
     * The signal B of an event made with a signal overlay ({@code --param signal=...}): by the B
     * pair generator's convention ({@code io.upsilon.generators.process.Upsilon4SGenerator}) the
     * first daughter of the Upsilon(4S), of either charge or flavour. Empty if the event has no
     * Upsilon(4S) decayed to two B's. (In a generic event this is just the first B.)
     */
    public static OptionalInt signalB(GenEvent event) {
        int u = upsilonToBB(event);
        return u < 0 ? OptionalInt.empty() : OptionalInt.of(event.particle(u).firstDaughter());
    }

    /** The B that is not the {@link #signalB signal B} (the generic one, e.g. for tagging). */
    public static OptionalInt otherB(GenEvent event) {
        int u = upsilonToBB(event);
        return u < 0 ? OptionalInt.empty() : OptionalInt.of(event.particle(u).firstDaughter() + 1);
    }

    private static int upsilonToBB(GenEvent event) {
        for (int i = 0; i < event.size(); i++) {
            GenParticle u = event.particle(i);
            if (u.pdgId() != UPSILON_4S || u.daughterCount() != 2) {
                continue;
            }
            int a = Math.abs(event.particle(u.firstDaughter()).pdgId());
            int b = Math.abs(event.particle(u.firstDaughter() + 1).pdgId());
            if ((a == B0 || a == B_PLUS) && a == b) {
                return i;
            }
        }
        return -1;
    }

    /** The proper decay time of particle i in ps, from its first daughter's production time; NaN if undecayed. */
    public static double properTimePs(GenEvent event, int i) {
        GenParticle p = event.particle(i);
        if (p.firstDaughter() < 0) {
            return Double.NaN;
        }
        double labNs = event.particle(p.firstDaughter()).time() - p.time();
        return labNs * p.momentum().m() / p.momentum().e() * PS_PER_NS;
    }

    /** Whether the two B's decayed as the same flavour (a mixed pair). */
    public boolean mixed(GenEvent event) {
        return event.particle(first).pdgId() == event.particle(second).pdgId();
    }

    /** Delta t = t(B at {@code signal}) - t(the other B), ps; {@code signal} is {@link #first} or {@link #second}. */
    public double deltaTPs(int signal) {
        if (signal == first) {
            return firstTimePs - secondTimePs;
        }
        if (signal == second) {
            return secondTimePs - firstTimePs;
        }
        throw new IllegalArgumentException(
                "index " + signal + " is not one of the pair (" + first + ", " + second + ")");
    }
}
