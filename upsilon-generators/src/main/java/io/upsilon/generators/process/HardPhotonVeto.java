package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.random.RandomStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The matching switch of {@code ee-mumu}: with {@code --param matched=1} an event with a photon in
 * the hard region of {@code ee-mumugamma} ({@link RadiativePairRegion}, parameters {@code emin},
 * {@code thetamin}, {@code thetaf} with the same names and defaults) gets weight 0, so that {@code
 * ee-mumu matched=1} plus {@code ee-mumugamma} with the same region counts every photon once: the
 * hard, wide-angle ones from the exact O(alpha) matrix element, the soft and collinear ones from the
 * structure functions. The vetoed event is still written (weight 0), so the random streams and every
 * other event are those of the unmatched process. {@code matched=0} (the default) is the process as
 * it always was.
 */
final class HardPhotonVeto implements EventGenerator {
    /** The switch's parameter name. */
    static final String MATCHED = "matched";

    private final EventGenerator delegate;
    private final RadiativePairRegion region;
    private final int fermionId;

    HardPhotonVeto(EventGenerator delegate, RadiativePairRegion region, int fermionId) {
        this.delegate = delegate;
        this.region = region;
        this.fermionId = fermionId;
    }

    /**
     * {@code process} (a fermion pair with structure-function radiation) with the {@code matched}
     * switch and the region's parameters.
     */
    static Process matchable(Process process, int fermionId) {
        return new Process() {
            @Override
            public String name() {
                return process.name();
            }

            @Override
            public String description() {
                return process.description() + "; param matched=1: events with a photon in ee-mumugamma's hard region"
                        + " (emin, thetamin, thetaf) get weight 0, to be added to ee-mumugamma with the same region";
            }

            @Override
            public List<ProcessParameter> parameters() {
                List<ProcessParameter> list = new ArrayList<>(process.parameters());
                list.add(new ProcessParameter(
                        MATCHED,
                        "",
                        "1: veto the photons ee-mumugamma generates exactly (weight 0), 0: off (default)",
                        0,
                        0,
                        1));
                list.addAll(RadiativePairProcess.regionParameters());
                return List.copyOf(list);
            }

            @Override
            public EventGenerator newGenerator(Beam beam, ProcessParameters values, GeneratorOptions options) {
                EventGenerator plain = process.newGenerator(beam, values, options);
                double matched = values.asMap().getOrDefault(MATCHED, 0.0);
                if (matched != 0 && matched != 1) {
                    throw new io.upsilon.core.error.InputException(
                            "--param", MATCHED, "expected 0 or 1, got " + matched);
                }
                return matched == 1
                        ? new HardPhotonVeto(plain, RadiativePairProcess.region(beam, values), fermionId)
                        : plain;
            }
        };
    }

    @Override
    public double generate(RandomStream beamRng, RandomStream rng, EventBuffer out) {
        double w = delegate.generate(beamRng, rng, out);
        return w != 0 && region.contains(out, fermionId) ? 0.0 : w;
    }

    @Override
    public Optional<String> note() {
        return delegate.note();
    }
}
