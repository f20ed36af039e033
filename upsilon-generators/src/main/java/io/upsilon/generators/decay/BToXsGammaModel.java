package io.upsilon.generators.decay;

import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.random.RandomStream;
import java.util.List;

/**
 * {@code BTOXSGAMMA}: inclusive B -&gt; X_s gamma with EvtGen's argument convention (EvtGen's {@code
 * src/EvtGenModels/EvtBtoXsgamma.cpp}: the first argument selects the spectrum, 2 = Kagan-Neubert);
 * only 2 is implemented ({@link KaganNeubertSpectrum}, leading order with the exponential shape
 * function).
 *
 * <p><b>Decay line</b>: {@code Xsu gamma BTOXSGAMMA 2 [mb [mupi2 [mXsMin]]];} (the hadronic system
 * first, a photon second; for a B+ the system is {@code Xsu} = u sbar, for a B0 {@code Xsd} = d
 * sbar). {@code mb} (GeV) and {@code mupi2} (GeV^2) are the shape-function parameters (defaults
 * {@link KaganNeubertSpectrum#DEFAULT_MB}, {@link KaganNeubertSpectrum#DEFAULT_MU_PI2}); {@code
 * mXsMin} (GeV, default 1.1) is the lowest hadronic mass generated: below it the spectrum is the
 * K*(892) resonance, which a table gives as the exclusive mode K* gamma with the fraction {@link
 * KaganNeubertSpectrum#fractionBelowMass} (as EvtGen's tables give K* gamma beside the inclusive
 * {@code Xsd gamma}); it must stay above 0.85 GeV so that the system's quark pair can be
 * fragmented (the string's constituent masses are 0.33 + 0.5 GeV).
 *
 * <p><b>Kinematics</b>: m_Xs is drawn from the spectrum restricted to m_Xs &gt;= mXsMin (exactly,
 * by accept-reject on u = m_Xs^2 / (m_B Lambda-bar)); the photon is isotropic in the B rest frame
 * (spin 0) with E_gamma = (m_B^2 - m_Xs^2) / (2 m_B). The system is written with its own mass
 * m_Xs (the particle table's mass of Xsu/Xsd is only a placeholder), and its decay table (a
 * {@code QUARK_STRING} line, e.g. {@code u anti-s}) fragments it with the Lund string, which ends
 * light systems in two hadrons (K pi). Not thread-safe (its sampler counts envelope checks): the
 * engine takes its own copy ({@link #newInstance}).
 */
final class BToXsGammaModel implements DecModel {
    /** Default lowest hadronic mass (GeV), above the K*(892) peak and its width. */
    static final double DEFAULT_MIN_MASS = 1.1;

    private static final double STRING_MIN_MASS = 0.85;
    private static final int SAMPLER_BINS = 400;

    private final KaganNeubertSpectrum spectrum;
    private final double minMass;
    private final double lambdaBar;
    private final TabulatedSampler sampler;

    BToXsGammaModel(ParticleData parent, List<ParticleData> daughters, double[] args) {
        String name = "BTOXSGAMMA";
        DecModelSupport.requireShape(name, daughters, 2, args, 4);
        DecModelSupport.requireSpin(name, "a parent", parent, 0);
        if (daughters.get(1).id() != 22) {
            throw new IllegalArgumentException(name + " expects a photon as daughter 2, got "
                    + daughters.get(1).name());
        }
        if (args.length == 0 || args[0] != 2) {
            throw new IllegalArgumentException(name + " implements only the Kagan-Neubert spectrum, argument 1 = 2 "
                    + "(EvtGen's 1 = Ali-Greub, 3 = fixed mass, 4 = flat are not), got "
                    + (args.length == 0 ? "no arguments" : Double.toString(args[0])));
        }
        double mb = args.length > 1 ? args[1] : KaganNeubertSpectrum.DEFAULT_MB;
        double muPi2 = args.length > 2 ? args[2] : KaganNeubertSpectrum.DEFAULT_MU_PI2;
        double mMin = args.length > 3 ? args[3] : DEFAULT_MIN_MASS;
        this.spectrum = new KaganNeubertSpectrum(parent.mass(), mb, muPi2);
        if (!(mMin >= STRING_MIN_MASS && mMin < parent.mass())) {
            throw new IllegalArgumentException(name + ": the lowest hadronic mass mXsMin must be in [" + STRING_MIN_MASS
                    + ", " + parent.mass() + ") GeV (the string fragments systems above 0.83 GeV), got " + mMin);
        }
        this.minMass = mMin;
        this.lambdaBar = parent.mass() - mb;
        double uMin = mMin * mMin / (parent.mass() * lambdaBar);
        double uMax = parent.mass() / lambdaBar;
        this.sampler = new TabulatedSampler(spectrum::densityOfU, uMin, uMax, SAMPLER_BINS);
    }

    private BToXsGammaModel(BToXsGammaModel o) {
        this.spectrum = o.spectrum;
        this.minMass = o.minMass;
        this.lambdaBar = o.lambdaBar;
        this.sampler = o.sampler.copy(o.spectrum::densityOfU);
    }

    /** The spectrum this model draws from. */
    KaganNeubertSpectrum spectrum() {
        return spectrum;
    }

    /** The lowest hadronic mass generated (GeV). */
    double minMass() {
        return minMass;
    }

    /** Sampled points where the density exceeded its envelope (0 when the sampling is exact). */
    long envelopeViolations() {
        return sampler.envelopeViolations();
    }

    @Override
    public void generate(double parentMass, double[] masses, double[] helicityAxis, RandomStream rng, double[] out) {
        double u = sampler.sample(rng);
        // m_Xs^2 = m_B Lambda-bar u with the table's m_B; capped below this decay's parent mass.
        double mXs = Math.min(Math.sqrt(spectrum.parentMass() * lambdaBar * u), Math.nextDown(parentMass));
        DecModelSupport.twoBody(
                parentMass, mXs, 0, 2 * rng.nextDouble() - 1, 2 * Math.PI * rng.nextDouble(), null, out);
    }

    @Override
    public DecModel newInstance() {
        return new BToXsGammaModel(this);
    }
}
