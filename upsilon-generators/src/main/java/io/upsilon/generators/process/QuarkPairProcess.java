package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.generators.shower.PartonShower;
import java.util.function.Function;

/**
 * e+e- -&gt; q qbar (one flavour or the u, d, s, c mixture) as a {@link Process}: the parton-level
 * {@link QuarkPairGenerator} (ISR and vacuum polarisation unless {@code --no-radiation}, K_QCD,
 * matrix-element-corrected parton shower) followed by the hadronisation step given to the
 * constructor. With {@link GeneratorOptions#radiation()} off the events are Born (with K_QCD) at
 * the collision's s, still showered.
 */
public final class QuarkPairProcess implements Process {
    private final String name;
    private final String description;
    private final int[] flavours;
    private final Function<GeneratorOptions, PartonHadronizer> hadronizers;

    /**
     * @param name registry name, e.g. {@code ee-uubar}
     * @param description one line for the process list
     * @param flavours quark ids 1-4 (distinct): one flavour, or several chosen per event by cross section
     * @param hadronizers makes each generator's hadronisation step (called after the partons of each
     *     event are written; one per generator, as it may keep scratch state), e.g. {@code
     *     StringHadronizer::forOptions}, or {@code o -> PartonHadronizer.NONE} for parton level
     */
    public QuarkPairProcess(
            String name, String description, int[] flavours, Function<GeneratorOptions, PartonHadronizer> hadronizers) {
        if (name == null || name.isBlank() || description == null || flavours == null || flavours.length == 0) {
            throw new IllegalArgumentException("need a name, a description and at least one flavour");
        }
        if (hadronizers == null) {
            throw new IllegalArgumentException("hadronizers must not be null (use o -> PartonHadronizer.NONE)");
        }
        this.name = name;
        this.description = description;
        this.flavours = flavours.clone();
        this.hadronizers = hadronizers;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public QuarkPairGenerator newGenerator(Beam beam, ProcessParameters values, GeneratorOptions options) {
        return new QuarkPairGenerator(
                beam,
                flavours,
                options.radiation(),
                true,
                PartonShower.standard(),
                hadronizers.apply(options),
                QuarkPairGenerator.DEFAULT_MIN_MASS);
    }
}
