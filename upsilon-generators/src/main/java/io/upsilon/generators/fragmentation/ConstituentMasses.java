package io.upsilon.generators.fragmentation;

/**
 * The string's own constituent masses of quarks and diquarks (GeV): they enter the stop rule of the
 * iterative breaking ({@code W_min}), the small-string threshold and the Lund-Bowler factor of a
 * heavy string end. They are not the MS-bar masses of the particle table.
 *
 * @param d down quark
 * @param u up quark
 * @param s strange quark
 * @param c charm quark
 * @param b bottom quark
 * @param dd1 spin-1 dd diquark (PDG code 1103)
 * @param ud0 spin-0 ud diquark (2101)
 * @param ud1 spin-1 ud diquark (2103)
 * @param uu1 spin-1 uu diquark (2203)
 * @param sd0 spin-0 sd diquark (3101)
 * @param sd1 spin-1 sd diquark (3103)
 * @param su0 spin-0 su diquark (3201)
 * @param su1 spin-1 su diquark (3203)
 * @param ss1 spin-1 ss diquark (3303)
 */
public record ConstituentMasses(
        double d,
        double u,
        double s,
        double c,
        double b,
        double dd1,
        double ud0,
        double ud1,
        double uu1,
        double sd0,
        double sd1,
        double su0,
        double su1,
        double ss1) {

    /** Validates that every mass is finite and positive and that quarks are lighter than diquarks. */
    public ConstituentMasses {
        double[] all = {d, u, s, c, b, dd1, ud0, ud1, uu1, sd0, sd1, su0, su1, ss1};
        for (double m : all) {
            if (!(m > 0) || Double.isInfinite(m)) {
                throw new IllegalArgumentException("constituent masses must be finite and > 0 GeV, got " + m);
            }
        }
    }

    /**
     * The constituent mass of a flavour code: a quark (1-5) or a diquark (PDG code, e.g. 2101), of
     * either sign.
     *
     * @throws IllegalArgumentException for any other code
     */
    public double of(int flavour) {
        switch (Math.abs(flavour)) {
            case 1:
                return d;
            case 2:
                return u;
            case 3:
                return s;
            case 4:
                return c;
            case 5:
                return b;
            case 1103:
                return dd1;
            case 2101:
                return ud0;
            case 2103:
                return ud1;
            case 2203:
                return uu1;
            case 3101:
                return sd0;
            case 3103:
                return sd1;
            case 3201:
                return su0;
            case 3203:
                return su1;
            case 3303:
                return ss1;
            default:
                throw new IllegalArgumentException("not a quark or light diquark flavour code: " + flavour);
        }
    }
}
