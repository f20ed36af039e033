package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;

/** Beams for reference-value tests. */
final class TestBeams {
    private TestBeams() {}

    /**
     * The Y4S preset (crossing angle, bunch sizes) with both energies scaled so that sqrt(s) = 10.58
     * GeV exactly and no energy spread: the reference tables of the signal tests are defined at sqrt(s) =
     * 10.58 GeV, while the preset gives 10.5796 GeV.
     */
    static Beam at1058() {
        Beam y4s = Beam.preset("Y4S");
        double f = 10.58 / y4s.sqrtS();
        for (int i = 0; i < 3; i++) {
            Beam b = new Beam(
                    "Y4S@10.58",
                    y4s.energyHer() * f,
                    y4s.energyLer() * f,
                    y4s.halfAngleHer(),
                    y4s.halfAngleLer(),
                    0,
                    0,
                    y4s.bunchSizeHer(),
                    y4s.bunchSizeLer());
            f *= 10.58 / b.sqrtS();
        }
        return new Beam(
                "Y4S@10.58",
                y4s.energyHer() * f,
                y4s.energyLer() * f,
                y4s.halfAngleHer(),
                y4s.halfAngleLer(),
                0,
                0,
                y4s.bunchSizeHer(),
                y4s.bunchSizeLer());
    }
}
