package io.upsilon.generators.decay;

import java.util.List;
import java.util.Objects;

/**
 * One decay line of a DEC table: {@code BR d1 .. dn [PHOTOS] MODEL args ;}.
 *
 * @param branchingFraction the fraction after the renormalisation at {@code Enddecay} (the
 *     fractions of a table add up to 1)
 * @param rawBranchingFraction the number written in the file
 * @param daughters the daughters in the order of the line
 * @param model the model name (registered in {@link DecModels})
 * @param args the model arguments, after {@code Define} substitution
 * @param photos whether the line asks for PHOTOS (recorded only: Upsilon has no PHOTOS)
 * @param line the line number in the file (1-based; 0 for channels made by {@code CDecay} of a
 *     table from another source)
 */
public record DecChannel(
        double branchingFraction,
        double rawBranchingFraction,
        List<DecParticle> daughters,
        String model,
        List<Double> args,
        boolean photos,
        int line) {
    /** Copies the lists; validates the fractions. */
    public DecChannel {
        daughters = List.copyOf(daughters);
        args = List.copyOf(args);
        Objects.requireNonNull(model, "model");
        if (!(branchingFraction >= 0) || !(rawBranchingFraction >= 0)) {
            throw new IllegalArgumentException(
                    "branching fractions must be >= 0, got " + branchingFraction + ", " + rawBranchingFraction);
        }
    }

    /** The arguments as a new array. */
    public double[] argArray() {
        double[] a = new double[args.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = args.get(i);
        }
        return a;
    }

    /** This channel with another normalised branching fraction. */
    DecChannel withBranchingFraction(double fraction) {
        return new DecChannel(fraction, rawBranchingFraction, daughters, model, args, photos, line);
    }
}
