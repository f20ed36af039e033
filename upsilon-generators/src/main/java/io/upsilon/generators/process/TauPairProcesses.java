package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.error.InputException;
import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.generators.decay.LeptonAlpha;
import io.upsilon.generators.decay.LeptonPhi;
import io.upsilon.generators.decay.ModeBias;
import io.upsilon.generators.decay.TauDecayTable;
import io.upsilon.generators.decay.TauDecayer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tau-pair processes with decays (taus, then the hadrons they make: {@link TauDecayingGenerator}),
 * built on a process that makes undecayed tau pairs (e+e- -&gt;
 * tau+ tau-): {@link #withDecays} decays both taus per the PDG 2024 table, {@link
 * #leptonAlpha} is the tau -&gt; l alpha signal, {@link #leptonPhi} the tau -&gt; l phi signal. All
 * three take the parameter {@value #SPIN} (1, the default: the tau+ tau- spin correlations of e+e-
 * -&gt; gamma* -&gt; tau+ tau-, {@link TauDecayer#withSpinCorrelations}; 0: unpolarised taus decayed
 * independently, exactly the events of the generator before spin correlations existed).
 */
public final class TauPairProcesses {
    /** Name of the signal process. */
    public static final String LALPHA_NAME = "tau-lalpha";

    /** Name of the tau -&gt; l phi signal process. */
    public static final String LPHI_NAME = "tau-lphi";

    private TauPairProcesses() {}

    /** Name of the input-tau-mass parameter of {@link #withDecays}. */
    public static final String TAU_MASS = "tau_mass";

    private static final int TAU = 15;

    /**
     * Name of the importance-sampling factor of tau -&gt; mu nu nu in {@link #withDecays} (default 1:
     * modes by branching fraction, weights unchanged).
     */
    public static final String BIAS_MU = "bias_mu";

    /** Name of the importance-sampling factor of tau -&gt; pi nu and tau -&gt; K nu in {@link #withDecays}. */
    public static final String BIAS_PI = "bias_pi";

    /** The mode bias {@value #BIAS_MU} and {@value #BIAS_PI} ask for (none when both are 1 or absent). */
    static ModeBias modeBias(ProcessParameters values) {
        return modeBias(
                values.asMap().getOrDefault(BIAS_MU, 1.0), values.asMap().getOrDefault(BIAS_PI, 1.0));
    }

    /** Factor {@code mu} on tau -&gt; mu nu nu, {@code pi} on tau -&gt; pi nu and tau -&gt; K nu. */
    static ModeBias modeBias(double mu, double pi) {
        Map<String, Double> factors = new LinkedHashMap<>();
        factors.put("mu-nu-nu", mu);
        factors.put("pi-nu", pi);
        factors.put("K-nu", pi);
        return new ModeBias(factors);
    }

    /** The standard decayer (spin on) with the given factors, as {@code ee-tautau} builds it; for tests. */
    static TauDecayer decayerForTest(double biasMu, double biasPi) {
        return new TauDecayer().withSpinCorrelations(true).withModeBias(modeBias(biasMu, biasPi));
    }

    /** Name of the spin-correlation switch: 1 on (default), 0 off. */
    public static final String SPIN = "spin";

    /** The declaration of the {@value #SPIN} switch. */
    static ProcessParameter spinParameter() {
        return new ProcessParameter(
                SPIN,
                "",
                "tau+ tau- spin correlations: 1 on (default), 0 off (unpolarised, independent decays)",
                1,
                0,
                1);
    }

    /** The value of the switch (default on when not given), as a boolean; 0 or 1 only. */
    static boolean spinOn(ProcessParameters values) {
        double v = values.asMap().getOrDefault(SPIN, 1.0);
        if (v != 0 && v != 1) {
            throw new InputException("--param", SPIN, "expected 1 (spin correlations on) or 0 (off), got " + v);
        }
        return v == 1;
    }

    /**
     * {@code pair} (same name) with both taus decayed per the standard tau decay table, plus a
     * parameter {@value #TAU_MASS} (GeV, default the particle-table value, PDG 2024): at the default
     * the generator is exactly {@code pair}'s with the standard decayer; any other value replaces
     * the tau mass in both the pair production (radiative or Born e+e- -&gt; tau+ tau-, from the
     * particle table with that mass) and every decay model (decay table read with that particle
     * table), e.g. for a closure test of a tau-mass measurement. Callers that pass no value (e.g.
     * {@link ProcessParameters#none()}) get the default.
     */
    public static Process withDecays(Process pair) {
        String description = pair.description()
                + "; taus decayed per the PDG 2024 table, tau+ tau- spin correlations of gamma* (param spin=0: off)";
        double tableMass = ParticleTable.standard().byId(TAU).mass();
        List<ProcessParameter> params = new ArrayList<>(pair.parameters());
        params.add(new ProcessParameter(
                TAU_MASS,
                "GeV",
                "input tau mass of production and decays (default: particle table, PDG 2024)",
                tableMass,
                1.7,
                1.85));
        params.add(spinParameter());
        params.add(new ProcessParameter(
                BIAS_MU,
                "",
                "importance sampling: tau -> mu nu nu picked this many times as often (event weight BR/q per tau)",
                1,
                0.01,
                100));
        params.add(new ProcessParameter(
                BIAS_PI,
                "",
                "importance sampling: tau -> pi nu and K nu picked this many times as often (weight BR/q per tau)",
                1,
                0.01,
                100));
        List<ProcessParameter> declared = List.copyOf(params);
        return new Process() {
            @Override
            public String name() {
                return pair.name();
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public List<ProcessParameter> parameters() {
                return declared;
            }

            @Override
            public EventGenerator newGenerator(Beam beam, ProcessParameters values, GeneratorOptions options) {
                double mass = values.asMap().getOrDefault(TAU_MASS, tableMass);
                boolean spin = spinOn(values);
                ModeBias bias = modeBias(values);
                if (mass == tableMass) {
                    return new TauDecayingGenerator(
                            pair.newGenerator(beam, values, options),
                            new TauDecayer().withSpinCorrelations(spin).withModeBias(bias),
                            options);
                }
                ParticleTable particles = ParticleTable.standard().withMass(TAU, mass);
                ParticleData tau = particles.byId(TAU);
                EventGenerator taus = options.radiation()
                        ? new FermionPairRadiative(beam, TAU, particles)
                        : new FermionPairBorn(beam, TAU, tau.mass(), 1, tau.charge());
                return new TauDecayingGenerator(
                        taus,
                        new TauDecayer(TauDecayTable.standard(particles), particles)
                                .withSpinCorrelations(spin)
                                .withModeBias(bias),
                        options);
            }
        };
    }

    /**
     * {@code tau-lalpha}: the tau pairs of {@code pair} (which must take no parameters of its own),
     * one tau per event (chosen at random, either charge) decaying to l alpha with probability
     * {@code br} and otherwise per the table, the other tau per the table. Parameters: {@code mass}
     * (m_alpha, GeV), {@code br}, {@code lepton} (11 for e, 13 for mu), {@value #SPIN}; the l alpha
     * decay itself is unpolarised (h = 0: the chirality of the coupling is not specified). The event weight is the
     * tau-pair cross section: with br = 1 (the default) every event carries one signal decay, so a
     * signal yield for a physical branching fraction B (each tau) is, to first order in B, the
     * yield of this process times 2B.
     */
    public static Process leptonAlpha(Process pair) {
        List<ProcessParameter> params = List.of(
                new ProcessParameter("mass", "GeV", "mass of the invisible scalar alpha", 1.0, 0.0, 1.6),
                new ProcessParameter(
                        "br", "", "probability that the chosen tau decays to l alpha (per event)", 1.0, 0.0, 1.0),
                new ProcessParameter("lepton", "", "PDG id of the lepton: 11 (e) or 13 (mu)", 11, 11, 13),
                spinParameter());
        return new Process() {
            @Override
            public String name() {
                return LALPHA_NAME;
            }

            @Override
            public String description() {
                return "e+e- -> tau+tau-, one tau (random charge) -> l alpha (alpha invisible spin 0, PDG id "
                        + LeptonAlpha.ALPHA_PDG_ID + ") with probability br, taus otherwise decayed per the"
                        + " PDG 2024 table; weight = tau-pair cross section";
            }

            @Override
            public List<ProcessParameter> parameters() {
                return params;
            }

            @Override
            public EventGenerator newGenerator(Beam beam, ProcessParameters values, GeneratorOptions options) {
                double lepton = values.get("lepton");
                if (lepton != 11 && lepton != 13) {
                    throw new InputException("--param", "lepton", "expected 11 (e) or 13 (mu), got " + lepton);
                }
                TauDecayer decayer = new TauDecayer()
                        .withExtraMode(LeptonAlpha.channel(
                                ParticleTable.standard(), (int) lepton, values.get("mass"), values.get("br")))
                        .withSpinCorrelations(spinOn(values));
                return new TauDecayingGenerator(
                        pair.newGenerator(beam, ProcessParameters.none(), options), decayer, options);
            }
        };
    }

    /**
     * {@code tau-lphi}: the tau pairs of {@code pair} (which must take no parameters of its own),
     * one tau per event (chosen at random, either charge) decaying to l phi, phi -&gt; K+ K-
     * ({@link LeptonPhi}: isotropic, no LFV operator structure, phi Breit-Wigner) with probability
     * {@code br} and otherwise per the table, the other tau per the table. Parameters: {@code br},
     * {@code lepton} (11 for e, 13 for mu). The event weight is the tau-pair cross section, as for
     * {@link #leptonAlpha}.
     */
    public static Process leptonPhi(Process pair) {
        List<ProcessParameter> params = List.of(
                new ProcessParameter(
                        "br", "", "probability that the chosen tau decays to l phi(K+K-) (per event)", 1.0, 0.0, 1.0),
                new ProcessParameter("lepton", "", "PDG id of the lepton: 11 (e) or 13 (mu)", 11, 11, 13),
                spinParameter());
        return new Process() {
            @Override
            public String name() {
                return LPHI_NAME;
            }

            @Override
            public String description() {
                return "e+e- -> tau+tau-, one tau (random charge) -> l phi, phi -> K+K- (isotropic, phi"
                        + " Breit-Wigner) with probability br, taus otherwise decayed per the PDG 2024 table;"
                        + " weight = tau-pair cross section";
            }

            @Override
            public List<ProcessParameter> parameters() {
                return params;
            }

            @Override
            public EventGenerator newGenerator(Beam beam, ProcessParameters values, GeneratorOptions options) {
                double lepton = values.get("lepton");
                if (lepton != 11 && lepton != 13) {
                    throw new InputException("--param", "lepton", "expected 11 (e) or 13 (mu), got " + lepton);
                }
                TauDecayer decayer = new TauDecayer()
                        .withExtraMode(LeptonPhi.channel(ParticleTable.standard(), (int) lepton, values.get("br")))
                        .withSpinCorrelations(spinOn(values));
                return new TauDecayingGenerator(
                        pair.newGenerator(beam, ProcessParameters.none(), options), decayer, options);
            }
        };
    }
}
