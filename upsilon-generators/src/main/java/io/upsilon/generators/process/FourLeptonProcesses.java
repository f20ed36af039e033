package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.generators.decay.TauDecayer;

/**
 * The exact four-lepton processes e+e- -&gt; l+ l- l'+ l'- ({@link FourLeptonGenerator}), with the
 * taus of mu mu tau tau and e e tau tau decayed by the standard {@link TauDecayer}. The W_ll cut of
 * e e mu mu and e e e e is that of the Belle II Physics Book table and the basf2 AAFH default
 * ({@code minMass = 0.5} GeV, basf2 generators/scripts/generators.py); the others are total
 * cross sections (finite without a cut: every photon propagator is bounded by a lepton mass).
 */
public final class FourLeptonProcesses {
    /** W_ll cut of the e e mu mu and e e e e processes, GeV. */
    public static final double MIN_PAIR_MASS = 0.5;

    private FourLeptonProcesses() {}

    /** e+e- -&gt; e+e- mu+mu-, W_mumu &gt; 0.5 GeV. */
    public static Process eeMuMu(String name) {
        return of(name, 11, 13, MIN_PAIR_MASS, "e+e- -> e+e- mu+mu-, W_mumu > 0.5 GeV");
    }

    /** e+e- -&gt; e+e- e+e-, every e+e- mass &gt; 0.5 GeV. */
    public static Process eeEe(String name) {
        return of(name, 11, 11, MIN_PAIR_MASS, "e+e- -> e+e- e+e-, all four e+e- masses > 0.5 GeV");
    }

    /** e+e- -&gt; mu+mu- mu+mu-, total. */
    public static Process muMuMuMu(String name) {
        return of(name, 13, 13, 0, "e+e- -> mu+mu- mu+mu-, total");
    }

    /** e+e- -&gt; mu+mu- tau+tau-, total, taus decayed. */
    public static Process muMuTauTau(String name) {
        return of(name, 13, 15, 0, "e+e- -> mu+mu- tau+tau-, total, taus decayed per the PDG 2024 table");
    }

    /** e+e- -&gt; e+e- tau+tau-, total, taus decayed. */
    public static Process eeTauTau(String name) {
        return of(name, 11, 15, 0, "e+e- -> e+e- tau+tau-, total, taus decayed per the PDG 2024 table");
    }

    private static Process of(String name, int f1, int f2, double cut, String what) {
        String description = what
                + ": exact tree-level QED matrix element (all diagrams, identical-fermion antisymmetry, lepton"
                + " masses), multi-channel phase space; no radiative corrections";
        return new Process() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public EventGenerator newGenerator(Beam beam, ProcessParameters values, GeneratorOptions options) {
                FourLeptonGenerator g = new FourLeptonGenerator(beam, f1, f2, cut);
                return f2 == 15 ? new TauDecayingGenerator(g, new TauDecayer(), options) : g;
            }
        };
    }
}
