package io.upsilon.searches.validation;

import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.pdg.ParticleTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What every generated e+e- event must satisfy whatever the physics tune: the final state (status
 * 1) carries the four-momentum of the two beams (status 4) to a relative {@value #RELATIVE_TOLERANCE}
 * of their energy, and their electric charge; and every final-state particle is one that lives
 * long enough to reach the detector (gamma, e, mu, the neutrinos, pi+-, K+-, K_L0, p, n and their
 * antiparticles), so nothing that should have decayed is left undecayed.
 */
public final class EventInvariants {
    /**
     * Relative tolerance on four-momentum conservation: rounding in the chain of boosts and decays
     * is ~1e-14 per operation and an event takes a few hundred, so 1e-6 leaves eight orders of
     * magnitude of margin while any lost or double-counted particle (&gt; 1 MeV of 10 GeV, 1e-4)
     * fails.
     */
    public static final double RELATIVE_TOLERANCE = 1e-6;

    /** |PDG id| of the particles allowed in the final state. */
    public static final Set<Integer> LONG_LIVED = Set.of(22, 11, 12, 13, 14, 16, 211, 321, 130, 2212, 2112);

    private final ParticleTable table;

    /** Invariants with the charges of the given particle table. */
    public EventInvariants(ParticleTable table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    /** The violations in one event, each a readable sentence; empty if the event is sound. */
    public List<String> violations(GenEvent event) {
        List<String> problems = new ArrayList<>();
        double[] beams = new double[4];
        double[] finals = new double[4];
        int beamCharge3 = 0;
        int finalCharge3 = 0;
        for (int i = 0; i < event.size(); i++) {
            GenParticle p = event.particle(i);
            if (p.status() == GenParticle.BEAM) {
                add(beams, p);
                beamCharge3 += charge3(p.pdgId());
            } else if (p.status() == GenParticle.FINAL) {
                add(finals, p);
                finalCharge3 += charge3(p.pdgId());
                if (!LONG_LIVED.contains(Math.abs(p.pdgId()))) {
                    problems.add("final-state particle " + i + " has id " + p.pdgId() + ", which should have decayed");
                }
            }
        }
        double scale = beams[3];
        for (int k = 0; k < 4; k++) {
            double diff = finals[k] - beams[k];
            if (!(Math.abs(diff) <= RELATIVE_TOLERANCE * scale)) {
                problems.add("four-momentum component " + k + " not conserved: final state " + finals[k] + " vs beams "
                        + beams[k] + " GeV");
            }
        }
        if (beamCharge3 != finalCharge3) {
            problems.add("charge not conserved: final state " + finalCharge3 / 3.0 + " vs beams " + beamCharge3 / 3.0);
        }
        return problems;
    }

    private static void add(double[] sum, GenParticle p) {
        sum[0] += p.momentum().px();
        sum[1] += p.momentum().py();
        sum[2] += p.momentum().pz();
        sum[3] += p.momentum().e();
    }

    /** Three times the charge, as an exact integer. */
    private int charge3(int id) {
        return (int) Math.round(3 * table.byId(id).charge());
    }
}
