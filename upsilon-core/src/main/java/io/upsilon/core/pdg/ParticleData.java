package io.upsilon.core.pdg;

import java.util.Objects;

/**
 * Properties of one particle (or antiparticle) from a {@link ParticleTable}.
 *
 * <p>Units follow the project conventions: GeV for mass and width, seconds for the lifetime, cm for
 * {@code cTau}, units of the elementary charge for the charge. A width of {@code 0} means the
 * particle is stable (lifetime and {@code cTau} are then infinite); a width of {@code NaN} means the
 * table gives none (for example quarks, {@code K0}), and the lifetime is then {@code NaN} too unless
 * the table gives {@code cTau} explicitly. Use {@link #isStable()} and {@link #hasKnownWidth()}
 * rather than comparing with {@code NaN}.
 *
 * @param id PDG Monte-Carlo id, non-zero
 * @param name basf2/EvtGen-like name, e.g. {@code "mu-"}, {@code "anti-B0"}
 * @param mass mass in GeV, finite and {@code >= 0}
 * @param width total width in GeV: finite and {@code >= 0}, or {@code NaN} if not known
 * @param lifetime mean lifetime in seconds ({@code +Infinity} if stable, {@code NaN} if not known)
 * @param cTau mean decay length c&tau; in cm (same conventions as {@code lifetime})
 * @param charge electric charge in units of e (e.g. {@code -1.0}, {@code 2.0/3})
 * @param spin spin J (0, 0.5, 1, ...)
 * @param antiparticleId id of the antiparticle ({@code -id}, or {@code id} if self-conjugate)
 */
public record ParticleData(
        int id,
        String name,
        double mass,
        double width,
        double lifetime,
        double cTau,
        double charge,
        double spin,
        int antiparticleId) {

    /**
     * Reduced Planck constant in GeV s (CODATA 2018; exact in the 2019 SI, quoted to the digits of
     * the PDG 2024 review "Physical constants").
     */
    public static final double HBAR_GEV_S = 6.582119569e-25;

    /** Speed of light in cm/s (exact by definition of the metre). */
    public static final double C_CM_PER_S = 2.99792458e10;

    /** Validates the fields; throws {@link IllegalArgumentException} naming the bad field. */
    public ParticleData {
        Objects.requireNonNull(name, "name");
        if (id == 0 || id == Integer.MIN_VALUE) {
            throw new IllegalArgumentException("PDG id must be non-zero and negatable, got " + id);
        }
        if (name.isEmpty() || name.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new IllegalArgumentException(
                    "particle name must be non-empty without spaces or control characters, got '" + name + "'");
        }
        if (!(mass >= 0) || Double.isInfinite(mass)) {
            throw new IllegalArgumentException(name + ": mass must be finite and >= 0 GeV, got " + mass);
        }
        if (!Double.isNaN(width) && (width < 0 || Double.isInfinite(width))) {
            throw new IllegalArgumentException(name + ": width must be finite and >= 0 GeV or NaN, got " + width);
        }
        if (lifetime < 0 || cTau < 0) {
            throw new IllegalArgumentException(
                    name + ": lifetime and cTau must be >= 0, got " + lifetime + " s, " + cTau + " cm");
        }
        if (!Double.isFinite(charge)) {
            throw new IllegalArgumentException(name + ": charge must be finite, got " + charge);
        }
        if (!(spin >= 0) || Double.isInfinite(spin) || Math.rint(2 * spin) != 2 * spin) {
            throw new IllegalArgumentException(name + ": spin must be a non-negative multiple of 1/2, got " + spin);
        }
        if (antiparticleId != id && antiparticleId != -id) {
            throw new IllegalArgumentException(
                    name + ": antiparticle id must be " + id + " or " + (-id) + ", got " + antiparticleId);
        }
        if (antiparticleId == id && charge != 0) {
            throw new IllegalArgumentException(
                    name + ": a self-conjugate particle must be neutral, got charge " + charge);
        }
    }

    /**
     * Particle data whose lifetime and {@code cTau} are derived from the width: {@code tau = hbar /
     * Gamma}, {@code cTau = c tau}.
     */
    public static ParticleData fromWidth(
            int id, String name, double mass, double width, double charge, double spin, int antiparticleId) {
        double lifetime = lifetimeFromWidth(width);
        return new ParticleData(id, name, mass, width, lifetime, lifetime * C_CM_PER_S, charge, spin, antiparticleId);
    }

    /**
     * Mean lifetime in seconds for a total width in GeV: {@code hbar / width}; {@code +Infinity}
     * for a width of 0, {@code NaN} for an unknown ({@code NaN}) width.
     */
    public static double lifetimeFromWidth(double width) {
        if (Double.isNaN(width)) {
            return Double.NaN;
        }
        return width == 0 ? Double.POSITIVE_INFINITY : HBAR_GEV_S / width;
    }

    /** Whether the table gives a width (possibly 0) for this particle. */
    public boolean hasKnownWidth() {
        return !Double.isNaN(width);
    }

    /** Whether the particle is stable: width exactly 0 (lifetime infinite). */
    public boolean isStable() {
        return width == 0;
    }

    /** Whether the particle is its own antiparticle. */
    public boolean isSelfConjugate() {
        return antiparticleId == id;
    }

    /** Twice the spin, as an integer (1 for a fermion of spin 1/2). */
    public int twoJ() {
        return (int) Math.rint(2 * spin);
    }

    /**
     * The charge-conjugate particle: id and charge negated, same mass, width and lifetime, with the
     * given name. Returns {@code this} for a self-conjugate particle.
     */
    ParticleData conjugate(String antiName) {
        if (isSelfConjugate()) {
            return this;
        }
        return new ParticleData(antiparticleId, antiName, mass, width, lifetime, cTau, -charge + 0.0, spin, id);
    }
}
