package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.error.InputException;
import io.upsilon.generators.decay.TauDecayer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ee-mumugamma} and {@code ee-tautaugamma}: e+e- -&gt; f fbar gamma with a hard photon from
 * the exact O(alpha) matrix element ({@link RadiativePairGenerator}), parameters {@code emin}
 * (k0), {@code thetamin} (photon to the beams) and {@code thetaf} (photon to f and fbar) of the
 * {@link RadiativePairRegion}; the taus of {@code ee-tautaugamma} are decayed as in {@code
 * ee-tautau} ({@link TauDecayingGenerator}, parameter {@value TauPairProcesses#SPIN}; the spin
 * correlations are those of gamma* -&gt; tau+ tau- in the pair rest frame, exact for ISR and an
 * approximation for the FSR photons).
 */
public final class RadiativePairProcess implements Process {
    /** Registry name of the muon process. */
    public static final String MUMU_NAME = "ee-mumugamma";

    /** Registry name of the tau process. */
    public static final String TAUTAU_NAME = "ee-tautaugamma";

    /**
     * Default k0 (GeV, CM): below the 0.5 GeV lab threshold of the Belle II ECL photon selection for
     * every direction (lab E &gt;= E* / (gamma (1 + beta)) ~ E* / 1.32 at the Y(4S) boost).
     */
    public static final double DEFAULT_ENERGY_MIN = 0.25;

    /**
     * Default minimum photon-beam angle (degrees, CM): the ECL (12.4-155.1 deg lab) starts at 16 deg
     * (forward) and 19 deg (backward) from the beams in the CM frame at the Y(4S) boost, so the
     * default region contains the whole ECL.
     */
    public static final double DEFAULT_THETA_BEAM_DEG = 10;

    private final String name;
    private final int pdgId;

    private RadiativePairProcess(String name, int pdgId) {
        this.name = name;
        this.pdgId = pdgId;
    }

    /** {@code ee-mumugamma}. */
    public static RadiativePairProcess muMuGamma() {
        return new RadiativePairProcess(MUMU_NAME, 13);
    }

    /** {@code ee-tautaugamma}, taus decayed. */
    public static RadiativePairProcess tauTauGamma() {
        return new RadiativePairProcess(TAUTAU_NAME, 15);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        String f = pdgId == 13 ? "mu+ mu-" : "tau+ tau-";
        return "e+e- -> " + f + " gamma, exact tree-level QED (ISR + FSR + interference, masses kept), photon"
                + " E* > emin, >= thetamin from the beams and >= thetaf from both leptons (CM); vacuum polarisation"
                + " on each s-channel photon (bare with --no-radiation), no further radiation"
                + (pdgId == 15 ? "; taus decayed per the PDG 2024 table (param spin=0: no spin correlations)" : "");
    }

    @Override
    public List<ProcessParameter> parameters() {
        List<ProcessParameter> list = new ArrayList<>(regionParameters());
        if (pdgId == 15) {
            list.add(TauPairProcesses.spinParameter());
        }
        return List.copyOf(list);
    }

    /**
     * The parameters of the hard-photon region, {@code emin}, {@code thetamin} and {@code thetaf}:
     * the same names and defaults in these processes and in {@code ee-mumu matched=1}, so that the
     * two samples slice at the same place.
     */
    static List<ProcessParameter> regionParameters() {
        return List.of(
                new ProcessParameter("emin", "GeV", "minimum CM energy k0 of the photon", DEFAULT_ENERGY_MIN, 0.01, 4),
                new ProcessParameter(
                        "thetamin",
                        "deg",
                        "minimum CM angle of the photon to each beam",
                        DEFAULT_THETA_BEAM_DEG,
                        1,
                        60),
                new ProcessParameter(
                        "thetaf", "deg", "minimum CM angle of the photon to each lepton (0: no cut)", 0, 0, 60));
    }

    /** The hard-photon region the {@link #regionParameters()} give; bad input is an {@link InputException}. */
    static RadiativePairRegion region(Beam beam, ProcessParameters values) {
        var given = values.asMap();
        double eMin = given.getOrDefault("emin", DEFAULT_ENERGY_MIN);
        if (!(2 * eMin < beam.sqrtS())) {
            throw new InputException("--param", "emin", "2 x emin must be below sqrt(s) = " + beam.sqrtS());
        }
        return new RadiativePairRegion(
                eMin, given.getOrDefault("thetamin", DEFAULT_THETA_BEAM_DEG), given.getOrDefault("thetaf", 0.0));
    }

    @Override
    public EventGenerator newGenerator(Beam beam, ProcessParameters values, GeneratorOptions options) {
        RadiativePairRegion region = region(beam, values);
        RadiativePairGenerator generator = new RadiativePairGenerator(beam, pdgId, region, options.radiation());
        if (pdgId != 15) {
            return generator;
        }
        return new TauDecayingGenerator(
                generator, new TauDecayer().withSpinCorrelations(TauPairProcesses.spinOn(values)), options);
    }
}
