package io.upsilon.analysis.particles;

import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.pdg.ParticleTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The standard particle lists of hadronic analyses, named as basf2 names them, one registration
 * line each: {@code gamma:all} (every neutral ECL cluster, as basf2's {@code stdPhotons("all")}),
 * {@code pi0:all} (photon pairs of {@code gamma:all} in a mass window), {@code K_S0:merged} (pi+
 * pi- V0s) and {@code Lambda0:merged} (p pi- V0s and their conjugates).
 *
 * <p>Windows: K_S0 0.450-0.550 GeV and Lambda0 1.10-1.13 GeV, the final mass windows of basf2's
 * {@code stdV0s.stdKshorts} and {@code stdLambdas} (github.com/belle2/basf2,
 * analysis/scripts/stdV0s.py; recalled, not re-read); pi0 0.105-0.165 GeV, Upsilon's own window,
 * not basf2's (about seven times the fast simulation's pi0 mass resolution, ~4 MeV for 0.8 GeV pi0s
 * as measured in the searches module's HadronReconstructionTest, on either side of m_pi0). V0 daughters must pass within 1 cm of each other at the vertex
 * (Upsilon's, an estimate: tens of times the track position resolution, rejecting random pairs
 * whose lines do not meet).
 */
public final class StandardHadronLists {
    /** Name of the photon list. */
    public static final String PHOTONS = "gamma:all";
    /** Name of the pi0 list. */
    public static final String PI0 = "pi0:all";
    /** Name of the K_S0 list. */
    public static final String K_SHORT = "K_S0:merged";
    /** Name of the Lambda0 list. */
    public static final String LAMBDA = "Lambda0:merged";

    private static final double MAX_V0_DAUGHTER_DISTANCE = 1.0;

    private final ParticleTable table;
    private final Pi0Finder pi0;
    private final List<V0Finder> v0s;

    /** The standard lists with the particle types of {@code table}. */
    public StandardHadronLists(ParticleTable table) {
        this.table = Objects.requireNonNull(table, "table");
        this.pi0 = new Pi0Finder(ParticleListName.parse(PI0, table), 0.105, 0.165);
        this.v0s = List.of(v0(K_SHORT, "pi+", "pi-", 0.450, 0.550), v0(LAMBDA, "p+", "pi-", 1.10, 1.13));
    }

    private V0Finder v0(String list, String positive, String negative, double min, double max) {
        return new V0Finder(
                ParticleListName.parse(list, table),
                table.byName(positive),
                table.byName(negative),
                table,
                min,
                max,
                MAX_V0_DAUGHTER_DISTANCE);
    }

    /**
     * The lists in filling order, each as {name, how it is made}, for the documentation page
     * ({@code docs/variables.md}).
     */
    public List<String[]> describe() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {PHOTONS, "every neutral ECL cluster (no matched track) as a photon"});
        rows.add(new String[] {pi0.name().toString(), pi0.describe() + ", from " + PHOTONS});
        for (V0Finder v0 : v0s) {
            rows.add(new String[] {v0.name().toString(), v0.describe()});
        }
        return rows;
    }

    /** Fills the standard lists of {@code event} into {@code lists} and returns it. */
    public ParticleLists fill(RecoEvent event, ParticleLists lists) {
        ParticleList photons =
                ParticleList.fromNeutralClusters(ParticleListName.parse(PHOTONS, table), event, p -> true);
        lists.add(photons);
        lists.add(pi0.find(photons));
        for (V0Finder v0 : v0s) {
            lists.add(v0.find(event));
        }
        return lists;
    }
}
