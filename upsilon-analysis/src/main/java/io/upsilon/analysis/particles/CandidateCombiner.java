package io.upsilon.analysis.particles;

import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Combines daughter lists into mother candidates following a {@link DecayString}, as basf2's
 * {@code reconstructDecay}: every combination of one candidate per daughter slot in which no track
 * or cluster is used twice, the charge-conjugate decay included (unless the daughters are
 * their own conjugate set, as in {@code B0 -> pi+ pi-}: then each combination is made once, with the
 * mother's flavour as written), each set of daughters once, kept if the cut accepts the mother.
 */
public final class CandidateCombiner {
    private final ParticleTable table;

    /** A combiner using {@code table} for charge conjugation. */
    public CandidateCombiner(ParticleTable table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    /**
     * The mother list of {@code decay}.
     *
     * @param lists the event's lists (daughter lists are found by name or by their conjugate's)
     * @param cut applied to each mother candidate
     */
    public ParticleList combine(DecayString decay, ParticleLists lists, Predicate<Particle> cut) {
        List<ParticleList> sources = new ArrayList<>(decay.daughters().size());
        int candidates = 0;
        boolean anyEmpty = false;
        for (ParticleListName d : decay.daughters()) {
            ParticleList l = lists.get(d, decay.text());
            sources.add(l);
            candidates += l.size();
            anyEmpty |= l.isEmpty();
        }
        if (anyEmpty) {
            // No combination can fill an empty slot: the common case of most events, answered
            // without the bookkeeping below.
            return new ParticleList(decay.mother(), List.of());
        }
        int[] pdgs = decay.daughterPdgCodes();
        int[] conjugate = new int[pdgs.length];
        for (int k = 0; k < pdgs.length; k++) {
            conjugate[k] = table.byId(pdgs[k]).antiparticleId();
        }
        ParticleData mother = decay.mother().particle();
        List<Particle> out = new ArrayList<>();
        Set<Combination> seen = new HashSet<>();
        Map<Particle, Integer> ids = new IdentityHashMap<>(candidates);
        for (ParticleList l : sources) {
            for (Particle p : l.particles()) {
                ids.putIfAbsent(p, ids.size());
            }
        }
        fill(mother.id(), pdgs, sources, cut, out, seen, ids);
        // A self-conjugate set of daughters (pi+ pi-) gives one, flavour-unspecified candidate per
        // combination, as basf2 does: the mother keeps the flavour written in the decay string.
        boolean selfConjugate = sortedEquals(pdgs, conjugate);
        if (!selfConjugate) {
            fill(mother.antiparticleId(), conjugate, sources, cut, out, seen, ids);
        }
        return new ParticleList(decay.mother(), out);
    }

    private static boolean sortedEquals(int[] a, int[] b) {
        int[] x = a.clone();
        int[] y = b.clone();
        Arrays.sort(x);
        Arrays.sort(y);
        return Arrays.equals(x, y);
    }

    private static void fill(
            int motherPdg,
            int[] pdgs,
            List<ParticleList> sources,
            Predicate<Particle> cut,
            List<Particle> out,
            Set<Combination> seen,
            Map<Particle, Integer> ids) {
        List<List<Particle>> slots = new ArrayList<>();
        for (int k = 0; k < pdgs.length; k++) {
            slots.add(sources.get(k).flavour(pdgs[k]));
        }
        recurse(motherPdg, slots, 0, new Particle[pdgs.length], cut, out, seen, ids);
    }

    private static void recurse(
            int motherPdg,
            List<List<Particle>> slots,
            int k,
            Particle[] chosen,
            Predicate<Particle> cut,
            List<Particle> out,
            Set<Combination> seen,
            Map<Particle, Integer> ids) {
        if (k == chosen.length) {
            if (seen.add(Combination.of(motherPdg, chosen, ids))) {
                Particle mother = Particle.composite(motherPdg, List.of(chosen));
                if (cut.test(mother)) {
                    out.add(mother);
                }
            }
            return;
        }
        for (Particle candidate : slots.get(k)) {
            boolean clash = false;
            for (int j = 0; j < k && !clash; j++) {
                clash = chosen[j].overlaps(candidate);
            }
            if (!clash) {
                chosen[k] = candidate;
                recurse(motherPdg, slots, k + 1, chosen, cut, out, seen, ids);
            }
        }
        chosen[k] = null;
    }

    /**
     * A mother code and its daughters as a multiset of (PDG code, candidate number): the same
     * daughters in another order are the same candidate. Sorted longs rather than a joined string,
     * because a key is built for every combination of every event.
     */
    private static final class Combination {
        private final int motherPdg;
        private final long[] daughters;

        private Combination(int motherPdg, long[] daughters) {
            this.motherPdg = motherPdg;
            this.daughters = daughters;
        }

        static Combination of(int motherPdg, Particle[] chosen, Map<Particle, Integer> ids) {
            long[] d = new long[chosen.length];
            for (int j = 0; j < chosen.length; j++) {
                d[j] = ((long) chosen[j].pdgCode() << 32) | (ids.get(chosen[j]) & 0xffffffffL);
            }
            Arrays.sort(d);
            return new Combination(motherPdg, d);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Combination c && c.motherPdg == motherPdg && Arrays.equals(c.daughters, daughters);
        }

        @Override
        public int hashCode() {
            return 31 * motherPdg + Arrays.hashCode(daughters);
        }
    }
}
