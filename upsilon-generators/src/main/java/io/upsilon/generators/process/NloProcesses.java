package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.error.InputException;
import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import java.util.List;

/**
 * The O(alpha) (NLO) versions of {@code ee-mumu} and {@code ee-gammagamma}, by phase-space slicing
 * ({@link MuPairNloGenerator}, {@link DiphotonNloGenerator}): {@code ee-mumu-nlo} and {@code
 * ee-gammagamma-nlo}, parameter {@code k0} (the slice, GeV). The leading-log processes are unchanged.
 * With {@code --no-radiation} both give their Born.
 */
public final class NloProcesses {
    /** Registry name of the NLO mu pair. */
    public static final String MUMU_NAME = "ee-mumu-nlo";

    /** Registry name of the NLO photon pair. */
    public static final String GAMMAGAMMA_NAME = "ee-gammagamma-nlo";

    /**
     * Default slice (GeV, CM): small against E_beam (the slicing error is O(k0/E)) and large enough
     * that the soft + virtual weight stays well above zero (1 + delta = 0.40 for mu mu at 0.05 GeV).
     */
    public static final double DEFAULT_K0 = 0.05;

    private NloProcesses() {}

    private static ProcessParameter k0Parameter(double max) {
        return new ProcessParameter(
                "k0", "GeV", "slice: photons above k0 (CM) from the exact matrix element", DEFAULT_K0, 0.01, max);
    }

    /** {@code ee-mumu-nlo}. */
    public static Process muMu() {
        return new Process() {
            @Override
            public String name() {
                return MUMU_NAME;
            }

            @Override
            public String description() {
                return "e+e- -> mu+mu-(gamma) at O(alpha): Born x (1 + soft + virtual) below k0 (ISR and FSR,"
                        + " Bonneau-Martin form), exact mu mu gamma above k0 at all angles; vacuum polarisation;"
                        + " no exponentiation";
            }

            @Override
            public List<ProcessParameter> parameters() {
                return List.of(k0Parameter(1.0));
            }

            @Override
            public EventGenerator newGenerator(Beam beam, ProcessParameters values, GeneratorOptions options) {
                if (!options.radiation()) {
                    ParticleData mu = ParticleTable.standard().byId(13);
                    return new FermionPairBorn(beam, 13, mu.mass(), 1, mu.charge());
                }
                return new MuPairNloGenerator(beam, k0(values, beam), true);
            }
        };
    }

    /** {@code ee-gammagamma-nlo}. */
    public static Process gammaGamma() {
        return new Process() {
            @Override
            public String name() {
                return GAMMAGAMMA_NAME;
            }

            @Override
            public String description() {
                return "e+e- -> gamma gamma(gamma) at O(alpha): Born x (1 + soft + virtual, logarithmic terms) below"
                        + " k0, exact gamma gamma gamma above k0 at all angles; >= 2 photons at thetamin-(180 -"
                        + " thetamin) deg with E* > 0.15 GeV (CM); no exponentiation";
            }

            @Override
            public List<ProcessParameter> parameters() {
                return List.of(
                        k0Parameter(BhabhaProcess.E_STAR_MIN),
                        new ProcessParameter(
                                "thetamin",
                                "deg",
                                "at least two photons at thetamin-(180 - thetamin) deg to the beam (CM)",
                                BhabhaProcess.THETA_MIN_DEG,
                                DiphotonProcess.THETA_MIN_LOWEST_DEG,
                                60.0));
            }

            @Override
            public EventGenerator newGenerator(Beam beam, ProcessParameters values, GeneratorOptions options) {
                double thetaMin = values.asMap().getOrDefault("thetamin", BhabhaProcess.THETA_MIN_DEG);
                if (!options.radiation()) {
                    return new DiphotonBornGenerator(beam, thetaMin, BhabhaProcess.E_STAR_MIN);
                }
                return new DiphotonNloGenerator(beam, k0(values, beam), thetaMin, BhabhaProcess.E_STAR_MIN);
            }
        };
    }

    private static double k0(ProcessParameters values, Beam beam) {
        double k0 = values.asMap().getOrDefault("k0", DEFAULT_K0);
        if (!(3 * k0 < beam.sqrtS())) {
            throw new InputException("--param", "k0", "3 x k0 must be below sqrt(s) = " + beam.sqrtS());
        }
        return k0;
    }
}
