package io.upsilon.stats.model;

import io.upsilon.core.error.InputException;
import java.util.List;

/**
 * Checks that a compiled model can give a meaningful likelihood before any fit runs: every
 * expected yield at the suggested initial parameters finite, non-negative and below {@link
 * #MAX_YIELD}, no channel with nothing expected in any bin, every observed count finite,
 * non-negative and below the same bound. A model that fails is bad input, not a fit that did not
 * converge: the error names the channel and bin.
 */
public final class ModelChecks {
    /**
     * Largest expected or observed count per bin: far above any collider sample, far below where
     * the Poisson terms lose their precision in double arithmetic (n log λ with n, λ ~ 1e15 keeps
     * about 1e-1 absolute accuracy in 2 ln L).
     */
    public static final double MAX_YIELD = 1e15;

    private ModelChecks() {}

    /**
     * @param model the compiled model
     * @param source the workspace file, for messages
     * @throws InputException naming channel and bin of the first problem
     */
    public static void requireUsable(Model model, String source) {
        double[] expected = model.expectedMain(model.suggestedInit());
        double[] observed = model.observedData();
        List<String> channels = model.channelNames();
        int[] bins = model.channelBins();
        int k = 0;
        for (int c = 0; c < channels.size(); c++) {
            double total = 0;
            for (int b = 0; b < bins[c]; b++, k++) {
                String where = "channel " + channels.get(c) + ", bin " + b;
                double e = expected[k];
                if (!(e >= 0 && e <= MAX_YIELD)) {
                    throw new InputException(
                            source,
                            where,
                            "expected yield at the suggested initial parameters is " + e
                                    + "; it must be finite, non-negative and at most " + MAX_YIELD);
                }
                double n = observed[k];
                if (!(n >= 0 && n <= MAX_YIELD)) {
                    throw new InputException(
                            source,
                            where,
                            "observed count is " + n + "; it must be finite, non-negative and at most " + MAX_YIELD);
                }
                total += e;
            }
            if (bins[c] > 0 && total == 0) {
                throw new InputException(
                        source,
                        "channel " + channels.get(c),
                        "nothing is expected in any bin at the suggested initial parameters; the likelihood has no"
                                + " information");
            }
        }
    }
}
