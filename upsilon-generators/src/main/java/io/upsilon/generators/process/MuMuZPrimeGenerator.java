package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.random.RandomStream;

/**
 * e+e- -&gt; mu+ mu- Z' with the L_mu - L_tau Z' radiated from the final-state muons (as in Belle II,
 * PRL 130, 231801, arXiv:2212.03066): the {@link MuMuBosonGenerator} with the Z' of {@link
 * ZPrimeRadiation} (exact tree-level 2 -&gt; 3 matrix element of the two FSR diagrams, massive muons, the
 * three Z' helicities; on-shell Z'; ISR and vacuum polarisation with radiation on). The Z' decays to nu
 * nubar, mu+ mu- or tau+ tau- by {@link LMuLTauZPrime}'s branching fractions, or to one forced channel
 * with the weight times its branching fraction ({@link ZPrimeDecayMode}); in scenario 1 it is written as
 * a stable invisible final-state particle (PDG id 32).
 */
public final class MuMuZPrimeGenerator implements EventGenerator {
    private final LMuLTauZPrime model;
    private final MuMuBosonGenerator engine;

    /**
     * Tree level, all decays.
     *
     * @param beam the beams
     * @param model the Z' (mass, coupling, invisible scenario)
     */
    public MuMuZPrimeGenerator(Beam beam, LMuLTauZPrime model) {
        this(beam, model, GeneratorOptions.BORN);
    }

    /**
     * All decays by branching fraction.
     *
     * @param beam the beams
     * @param model the Z' (mass, coupling, invisible scenario)
     * @param options radiation on: ISR and vacuum polarisation at s'; off: tree level
     */
    public MuMuZPrimeGenerator(Beam beam, LMuLTauZPrime model, GeneratorOptions options) {
        this(beam, model, ZPrimeDecayMode.ALL, options);
    }

    /**
     * @param beam the beams
     * @param model the Z' (mass, coupling, invisible scenario)
     * @param mode all decays, or one forced channel (weight times its branching fraction)
     * @param options radiation on: ISR and vacuum polarisation at s'; off: tree level
     */
    public MuMuZPrimeGenerator(Beam beam, LMuLTauZPrime model, ZPrimeDecayMode mode, GeneratorOptions options) {
        if (model == null) {
            throw new IllegalArgumentException("model must not be null");
        }
        this.model = model;
        this.engine = new MuMuBosonGenerator(beam, new ZPrimeRadiation(model, mode), options);
    }

    /** The Z' model (widths and branching fractions). */
    public LMuLTauZPrime model() {
        return model;
    }

    /** See {@link MuMuBosonGenerator#samplePoint}. */
    double samplePoint(double s, RandomStream rng) {
        return engine.samplePoint(s, rng);
    }

    /** See {@link MuMuBosonGenerator#lastMomenta}. */
    double[] lastMomenta() {
        return engine.lastMomenta();
    }

    @Override
    public double generate(RandomStream beamRng, RandomStream rng, EventBuffer out) {
        return engine.generate(beamRng, rng, out);
    }

    /**
     * Tree-level production cross section sigma(e+e- -&gt; mu+ mu- Z') in nb at the beam's nominal sqrt(s)
     * (no beam-energy spread, no radiation), by Monte Carlo integration with {@code points} points of the
     * generator's own phase-space sampling; returns {sigma, error}.
     */
    public double[] integrate(RandomStream rng, long points) {
        return engine.integrate(rng, points);
    }
}
