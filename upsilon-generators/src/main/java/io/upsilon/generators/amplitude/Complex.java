package io.upsilon.generators.amplitude;

/**
 * An immutable complex number, for code outside hot loops (tests, set-up); the engine itself
 * works on (re, im) pairs in primitive arrays.
 *
 * @param re real part
 * @param im imaginary part
 */
public record Complex(double re, double im) {
    /** Zero. */
    public static final Complex ZERO = new Complex(0, 0);

    /** The complex number stored at {@code a[2i], a[2i + 1]}. */
    public static Complex of(double[] a, int i) {
        return new Complex(a[2 * i], a[2 * i + 1]);
    }

    public Complex plus(Complex o) {
        return new Complex(re + o.re, im + o.im);
    }

    public Complex minus(Complex o) {
        return new Complex(re - o.re, im - o.im);
    }

    public Complex times(Complex o) {
        return new Complex(re * o.re - im * o.im, re * o.im + im * o.re);
    }

    public Complex times(double f) {
        return new Complex(re * f, im * f);
    }

    public Complex conjugate() {
        return new Complex(re, -im);
    }

    /** |z|^2. */
    public double abs2() {
        return re * re + im * im;
    }

    /** |z|. */
    public double abs() {
        return Math.hypot(re, im);
    }
}
