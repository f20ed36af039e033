package io.upsilon.generators.fragmentation;

import java.util.Objects;

/**
 * The parameters of the Lund string fragmentation, named after their PYTHIA 8 settings (whose
 * documentation, {@code Fragmentation.xml} and {@code FlavourSelection.xml}, defines them; the
 * physics is Andersson, Gustafson, Ingelman, Sjöstrand, Phys. Rept. 97 (1983) 31, and the PYTHIA
 * 6.4 manual, JHEP 05 (2006) 026, sections 12.1-12.4). The bundled Belle II tune is read by {@link
 * FragmentationTuneReader#belle2()}.
 *
 * @param aLund {@code StringZ:aLund}, the a of the Lund symmetric function
 * @param bLund {@code StringZ:bLund}, the b of the Lund symmetric function, GeV^-2
 * @param aExtraSQuark {@code StringZ:aExtraSQuark}, added to a for an s quark
 * @param aExtraDiquark {@code StringZ:aExtraDiquark}, added to a for a diquark
 * @param rFactC {@code StringZ:rFactC}, the Lund-Bowler r of a charm string end
 * @param sigma {@code StringPT:sigma}, GeV: the primary-hadron px (and py) width
 * @param enhancedFraction {@code StringPT:enhancedFraction}: fraction of breaks with a wider pT
 * @param enhancedWidth {@code StringPT:enhancedWidth}: the width factor of those breaks
 * @param probStoUD {@code StringFlav:probStoUD}: s : u = s : d in a break
 * @param probQQtoQ {@code StringFlav:probQQtoQ}: diquark pairs relative to quark pairs
 * @param probSQtoQQ {@code StringFlav:probSQtoQQ}: extra factor per s quark in a diquark
 * @param probQQ1toQQ0 {@code StringFlav:probQQ1toQQ0}: spin-1 / spin-0 diquarks beyond the 3 of
 *     spin counting
 * @param mesonUDvector {@code StringFlav:mesonUDvector}: vector / pseudoscalar for u, d mesons
 * @param mesonSvector {@code StringFlav:mesonSvector}: the same with an s as heaviest quark
 * @param mesonCvector {@code StringFlav:mesonCvector}: the same with a c as heaviest quark
 * @param mesonCL1S0J1 {@code StringFlav:mesonCL1S0J1}: charm L=1, S=0, J=1 (relative to
 *     pseudoscalar)
 * @param mesonCL1S1J0 {@code StringFlav:mesonCL1S1J0}: charm L=1, S=1, J=0
 * @param mesonCL1S1J1 {@code StringFlav:mesonCL1S1J1}: charm L=1, S=1, J=1
 * @param mesonCL1S1J2 {@code StringFlav:mesonCL1S1J2}: charm L=1, S=1, J=2
 * @param etaSup {@code StringFlav:etaSup}: acceptance of an eta
 * @param etaPrimeSup {@code StringFlav:etaPrimeSup}: acceptance of an eta'
 * @param thetaPS {@code StringFlav:thetaPS}: pseudoscalar octet-singlet mixing angle, degrees
 * @param thetaV {@code StringFlav:thetaV}: vector octet-singlet mixing angle, degrees
 * @param stopMass {@code StringFragmentation:stopMass}, GeV
 * @param stopNewFlav {@code StringFragmentation:stopNewFlav}
 * @param stopSmear {@code StringFragmentation:stopSmear}
 * @param mStringMin {@code HadronLevel:mStringMin}, GeV: below the end masses plus this a string
 *     becomes one or two hadrons
 * @param baryons the SU(6) decuplet suppression and the popcorn mechanism
 * @param masses the constituent quark and diquark masses
 */
public record FragmentationTune(
        double aLund,
        double bLund,
        double aExtraSQuark,
        double aExtraDiquark,
        double rFactC,
        double sigma,
        double enhancedFraction,
        double enhancedWidth,
        double probStoUD,
        double probQQtoQ,
        double probSQtoQQ,
        double probQQ1toQQ0,
        double mesonUDvector,
        double mesonSvector,
        double mesonCvector,
        double mesonCL1S0J1,
        double mesonCL1S1J0,
        double mesonCL1S1J1,
        double mesonCL1S1J2,
        double etaSup,
        double etaPrimeSup,
        double thetaPS,
        double thetaV,
        double stopMass,
        double stopNewFlav,
        double stopSmear,
        double mStringMin,
        SpinFlavourBaryons baryons,
        ConstituentMasses masses) {

    /**
     * Validates every parameter against its physical range.
     *
     * @throws IllegalArgumentException naming the first bad parameter
     */
    public FragmentationTune {
        Objects.requireNonNull(baryons, "baryons");
        Objects.requireNonNull(masses, "masses");
        nonNegative("aLund", aLund);
        positive("bLund", bLund);
        nonNegative("aExtraSQuark", aExtraSQuark);
        nonNegative("aExtraDiquark", aExtraDiquark);
        nonNegative("rFactC", rFactC);
        nonNegative("sigma", sigma);
        fraction("enhancedFraction", enhancedFraction);
        if (!(enhancedWidth >= 1) || Double.isInfinite(enhancedWidth)) {
            throw new IllegalArgumentException("enhancedWidth must be finite and >= 1, got " + enhancedWidth);
        }
        nonNegative("probStoUD", probStoUD);
        nonNegative("probQQtoQ", probQQtoQ);
        nonNegative("probSQtoQQ", probSQtoQQ);
        nonNegative("probQQ1toQQ0", probQQ1toQQ0);
        nonNegative("mesonUDvector", mesonUDvector);
        nonNegative("mesonSvector", mesonSvector);
        nonNegative("mesonCvector", mesonCvector);
        nonNegative("mesonCL1S0J1", mesonCL1S0J1);
        nonNegative("mesonCL1S1J0", mesonCL1S1J0);
        nonNegative("mesonCL1S1J1", mesonCL1S1J1);
        nonNegative("mesonCL1S1J2", mesonCL1S1J2);
        fraction("etaSup", etaSup);
        fraction("etaPrimeSup", etaPrimeSup);
        if (etaSup == 0 && etaPrimeSup == 0) {
            // u ubar would then only ever give a pi0 half the time and s sbar never a pseudoscalar.
            throw new IllegalArgumentException("etaSup and etaPrimeSup cannot both be 0");
        }
        angle("thetaPS", thetaPS);
        angle("thetaV", thetaV);
        nonNegative("stopMass", stopMass);
        nonNegative("stopNewFlav", stopNewFlav);
        if (!(stopSmear >= 0 && stopSmear < 1)) {
            throw new IllegalArgumentException("stopSmear must be in [0, 1), got " + stopSmear);
        }
        nonNegative("mStringMin", mStringMin);
    }

    private static void nonNegative(String name, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, got " + v);
        }
    }

    private static void positive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, got " + v);
        }
    }

    private static void fraction(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], got " + v);
        }
    }

    private static void angle(String name, double v) {
        if (!(v >= -90 && v <= 90)) {
            throw new IllegalArgumentException(name + " must be in [-90, 90] degrees, got " + v);
        }
    }

    /** The same tune with other baryon-production parameters (e.g. popcorn switched off). */
    public FragmentationTune withBaryons(SpinFlavourBaryons other) {
        return new FragmentationTune(
                aLund,
                bLund,
                aExtraSQuark,
                aExtraDiquark,
                rFactC,
                sigma,
                enhancedFraction,
                enhancedWidth,
                probStoUD,
                probQQtoQ,
                probSQtoQQ,
                probQQ1toQQ0,
                mesonUDvector,
                mesonSvector,
                mesonCvector,
                mesonCL1S0J1,
                mesonCL1S1J0,
                mesonCL1S1J1,
                mesonCL1S1J2,
                etaSup,
                etaPrimeSup,
                thetaPS,
                thetaV,
                stopMass,
                stopNewFlav,
                stopSmear,
                mStringMin,
                other,
                masses);
    }
}
