package io.upsilon.generators.decay;

import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.generators.phasespace.NBodyPhaseSpace;
import io.upsilon.generators.phasespace.TwoBody;
import java.util.List;

/**
 * Flat n-body phase space, no matrix element: for the modes whose dynamics are not modelled (pi-
 * 3pi0 nu, 3pi pi0 nu, the kaon modes and the remainder of the tau table). Events are unweighted by
 * accept-reject on the GENBOD weight of {@link NBodyPhaseSpace}, which is a constant times the
 * product of the two-body momenta p_k of its splittings. Each p_k is bounded by its value at the
 * largest parent and smallest daughter masses allowed, which gives an exact bound, but a loose one
 * (acceptance below 0.1% for six bodies). The maximum used is therefore the largest weight found
 * in {@value #CALIBRATION_POINTS} points of a fixed calibration stream (deterministic: the same for
 * every run) times {@value #SAFETY}, capped by the exact bound; a point above it (accepted with
 * probability 1, a tiny under-weighting) is counted by {@link #envelopeViolations()}, which the
 * tests require to be 0.
 */
final class PhaseSpaceDecayModel implements DecayModel {
    static final int CALIBRATION_POINTS = 100_000;
    static final double SAFETY = 1.2;

    private final double[] masses;
    private final double parentMass;
    private final double logMaxProduct;
    private final NBodyPhaseSpace phaseSpace;
    private final double weightToProduct;
    private final double maxWeight;
    private long violations;

    PhaseSpaceDecayModel(double parentMass, List<ParticleData> products) {
        int n = products.size();
        if (n < 2) {
            throw new IllegalArgumentException("model 'phase-space' expects at least 2 products, got " + n);
        }
        masses = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            masses[i] = products.get(i).mass();
            sum += masses[i];
        }
        if (!(parentMass > sum)) {
            throw new IllegalArgumentException(
                    "products are too heavy: their masses add up to " + sum + " GeV, not below " + parentMass);
        }
        this.parentMass = parentMass;
        // GENBOD weight = T^(n-2)/(n-2)! * 1/(4 pi M) * (1/(4 pi^2))^(n-2) * prod_k p_k (see NBodyPhaseSpace).
        double kinetic = parentMass - sum;
        double fact = 1;
        for (int k = 2; k <= n - 2; k++) {
            fact *= k;
        }
        this.weightToProduct =
                fact / Math.pow(kinetic, n - 2) * 4 * Math.PI * parentMass * Math.pow(4 * Math.PI * Math.PI, n - 2);
        double logMax = 0;
        double below = masses[0];
        for (int k = 1; k < n; k++) {
            double above = 0;
            for (int j = k + 1; j < n; j++) {
                above += masses[j];
            }
            logMax += Math.log(TwoBody.momentum(parentMass - above, below, masses[k]));
            below += masses[k];
        }
        this.logMaxProduct = logMax;
        this.phaseSpace = new NBodyPhaseSpace(parentMass, masses);
        double bound = Math.exp(logMax) / weightToProduct;
        if (n == 2) {
            this.maxWeight = bound; // constant weight
        } else {
            RandomStream calibration = RandomStreams.of(n).stream("phase-space-maximum");
            double[] scratch = new double[4 * n];
            double max = 0;
            for (int i = 0; i < CALIBRATION_POINTS; i++) {
                max = Math.max(max, phaseSpace.generate(calibration, scratch));
            }
            this.maxWeight = Math.min(bound, SAFETY * max);
        }
    }

    private PhaseSpaceDecayModel(PhaseSpaceDecayModel o) {
        this.masses = o.masses;
        this.parentMass = o.parentMass;
        this.logMaxProduct = o.logMaxProduct;
        this.weightToProduct = o.weightToProduct;
        this.maxWeight = o.maxWeight;
        this.phaseSpace = new NBodyPhaseSpace(o.parentMass, o.masses);
    }

    @Override
    public DecayModel newInstance() {
        return new PhaseSpaceDecayModel(this);
    }

    @Override
    public int size() {
        return masses.length;
    }

    @Override
    public void generate(RandomStream rng, double[] out) {
        while (true) {
            double w = phaseSpace.generate(rng, out);
            if (w > maxWeight) {
                violations++;
            }
            if (rng.nextDouble() * maxWeight < w) {
                return;
            }
        }
    }

    /** Points whose weight exceeded the calibrated maximum (0 expected). */
    long envelopeViolations() {
        return violations;
    }
}
