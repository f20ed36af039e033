package io.upsilon.generators.decay;

import java.util.List;
import java.util.Objects;

/**
 * The decay table of one particle (or alias) in a DEC file: its channels, whose branching
 * fractions were divided by their raw sum at {@code Enddecay}. An empty table means "does not
 * decay" (the particle is left to the detector).
 *
 * @param parent the decaying particle
 * @param channels the channels, in file order
 * @param rawSum the sum of the branching fractions as written (0 for an empty table)
 */
public record DecDecay(DecParticle parent, List<DecChannel> channels, double rawSum) {
    /** Copies the list. */
    public DecDecay {
        Objects.requireNonNull(parent, "parent");
        channels = List.copyOf(channels);
    }
}
