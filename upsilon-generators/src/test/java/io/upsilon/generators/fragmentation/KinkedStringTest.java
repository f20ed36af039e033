package io.upsilon.generators.fragmentation;

import static org.assertj.core.api.Assertions.assertThat;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * The kinked string (T. Sjöstrand, Nucl. Phys. B248 (1984) 469): exact kinematics of the region
 * stepping itself (no fall-back to the absorbed-gluon string allowed), the limit of a soft gluon,
 * and the string effect.
 */
class KinkedStringTest {
    private static final ParticleTable PDG = ParticleTable.standard();
    private static final FragmentationTune TUNE = FragmentationTuneReader.belle2();

    private static RandomStream stream(String name) {
        return RandomStreams.of(20261207L).child("kinked-string-test").stream(name);
    }

    private static KinkedString kinked(HadronCatalog catalog) {
        FlavourSelector flavours = new FlavourSelector(TUNE);
        HadronSpecies species = new HadronSpecies(TUNE);
        return new KinkedString(flavours, species, catalog, new StringBreaker(TUNE, flavours, species, catalog));
    }

    /**
     * n massless momenta in their rest frame with mass {@code w}: isotropic directions, energies
     * -ln(u1 u2), boosted to their rest frame and scaled (the first step of RAMBO, Kleiss, Stirling,
     * Ellis, Comput. Phys. Commun. 40 (1986) 359), then boosted along a random axis with |beta| &lt;
     * 0.5.
     */
    private static void configuration(RandomStream rng, int n, double w, double[] out) {
        double[] q = new double[4];
        for (int i = 0; i < n; i++) {
            double c = 2 * rng.nextDouble() - 1;
            double sn = Math.sqrt(1 - c * c);
            double phi = 2 * Math.PI * rng.nextDouble();
            double e = -Math.log(rng.nextOpenDouble() * rng.nextOpenDouble());
            out[4 * i] = e * sn * Math.cos(phi);
            out[4 * i + 1] = e * sn * Math.sin(phi);
            out[4 * i + 2] = e * c;
            out[4 * i + 3] = e;
            for (int k = 0; k < 4; k++) {
                q[k] += out[4 * i + k];
            }
        }
        double m = Math.sqrt(q[3] * q[3] - q[0] * q[0] - q[1] * q[1] - q[2] * q[2]);
        boost(out, n, -q[0] / q[3], -q[1] / q[3], -q[2] / q[3], w / m);
        double c = 2 * rng.nextDouble() - 1;
        double sn = Math.sqrt(1 - c * c);
        double phi = 2 * Math.PI * rng.nextDouble();
        double beta = 0.5 * rng.nextDouble();
        boost(out, n, beta * sn * Math.cos(phi), beta * sn * Math.sin(phi), beta * c, 1);
    }

    private static void boost(double[] p, int n, double bx, double by, double bz, double scale) {
        double b2 = bx * bx + by * by + bz * bz;
        double gamma = 1 / Math.sqrt(1 - b2);
        for (int i = 0; i < n; i++) {
            int o = 4 * i;
            double bp = bx * p[o] + by * p[o + 1] + bz * p[o + 2];
            double coef = (b2 > 0 ? (gamma - 1) * bp / b2 : 0) + gamma * p[o + 3];
            double e = gamma * (p[o + 3] + bp);
            p[o] = (p[o] + coef * bx) * scale;
            p[o + 1] = (p[o + 1] + coef * by) * scale;
            p[o + 2] = (p[o + 2] + coef * bz) * scale;
            p[o + 3] = e * scale;
        }
    }

    @Test
    void everyKinkedSystemConservesFourMomentumFlavourAndChargeExactly() {
        // 12000 q g qbar and q g g qbar systems of 4-11 GeV with random angles and energies (u, d,
        // s ends): the region stepping and the join must fragment them by themselves (the
        // absorbed-gluon fall-back of StringFragmentation is not used here), and each must sum to
        // the partons to rounding: 1e-12 of the largest energy times 100 (a few hundred roundings).
        HadronCatalog catalog = new HadronCatalog(PDG);
        KinkedString strings = kinked(catalog);
        RandomStream rng = stream("conservation");
        HadronList out = new HadronList();
        double[] p = new double[16];
        int[] ids = new int[4];
        int systems = 12_000;
        int failed = 0;
        int moreThanTwoHadrons = 0;
        for (int s = 0; s < systems; s++) {
            int gluons = 1 + s % 2;
            int n = gluons + 2;
            int quark = 1 + (s / 2) % 3;
            double w = 4 + 7 * rng.nextDouble();
            configuration(rng, n, w, p);
            ids[0] = quark;
            ids[n - 1] = -quark;
            for (int g = 1; g <= gluons; g++) {
                ids[g] = 21;
            }
            out.clear();
            if (!strings.fragment(ids, p, n, rng, out)) {
                failed++;
                assertThat(out.size()).isZero();
                continue;
            }
            double[] sum = new double[4];
            double scale = 0;
            int[] net = new int[4];
            double charge = 0;
            for (int i = 0; i < n; i++) {
                scale = Math.max(scale, p[4 * i + 3]);
            }
            for (int h = 0; h < out.size(); h++) {
                int id = out.id(h);
                double e = out.value(h, 3);
                double m2 = e * e
                        - out.value(h, 0) * out.value(h, 0)
                        - out.value(h, 1) * out.value(h, 1)
                        - out.value(h, 2) * out.value(h, 2);
                double floor = id == 22 ? 0 : catalog.minimumMass(id);
                assertThat(Math.sqrt(Math.max(m2, 0))).as("mass of %d", id).isGreaterThan(floor - 1e-6 * scale);
                assertThat(e).isPositive();
                for (int k = 0; k < 4; k++) {
                    sum[k] += out.value(h, k);
                }
                for (int f = 1; f <= 3; f++) {
                    net[f] += StringFragmentationTest.netQuarks(id, f);
                }
                charge += PDG.byId(id).charge();
            }
            for (int k = 0; k < 4; k++) {
                double partonSum = 0;
                for (int i = 0; i < n; i++) {
                    partonSum += p[4 * i + k];
                }
                assertThat(Math.abs(sum[k] - partonSum)).as("component %d", k).isLessThan(1e-10 * scale);
            }
            // The ends' flavours cancel (q ... qbar): the hadrons carry no net flavour.
            for (int f = 1; f <= 3; f++) {
                assertThat(net[f]).as("net flavour %d", f).isZero();
            }
            assertThat(Math.abs(charge)).isLessThan(1e-9);
            if (out.size() > 2) {
                moreThanTwoHadrons++;
            }
        }
        // Measured: 0 of 12000 fail (the fall-back would take them) and 11996 make more than two
        // hadrons; a broken stepping or join shows up as failures or as strings closed at once.
        assertThat(failed).as("systems the kinked string could not fragment").isLessThan(systems / 200);
        assertThat(moreThanTwoHadrons).isGreaterThan(systems * 9 / 10);
    }

    /** Mean number of primary hadrons and mean p_T^2 to the z axis of 20000 strings. */
    private static double[] spectra(StringFragmentation frag, EventBuffer ev, RandomStream rng, double[][] partons) {
        int events = 20_000;
        double hadrons = 0;
        double hadrons2 = 0;
        double pt2 = 0;
        double charged = 0;
        for (int s = 0; s < events; s++) {
            ev.clear();
            for (double[] q : partons) {
                ev.add((int) q[4], GenParticle.DOCUMENTATION, q[0], q[1], q[2], q[3]);
            }
            int before = ev.size();
            frag.fragment(ev, 0, partons.length - 1, rng);
            int k = ev.size() - before;
            hadrons += k;
            hadrons2 += (double) k * k;
            for (int h = before; h < ev.size(); h++) {
                pt2 += ev.px(h) * ev.px(h) + ev.py(h) * ev.py(h);
                if (PDG.byId(ev.pdgId(h)).charge() != 0) {
                    charged++;
                }
            }
        }
        double mean = hadrons / events;
        return new double[] {
            mean, Math.sqrt((hadrons2 / events - mean * mean) / events), pt2 / hadrons, charged / events
        };
    }

    @Test
    void aSoftGluonGivesTheSpectraOfTheStraightString() {
        // u g ubar at 10.58 GeV with a 60 MeV gluon at 90 degrees to the q qbar axis: its string
        // pieces (0.56 GeV) are above the 0.3 GeV joining mass, so the hadrons are made by the region
        // stepping, which must sweep past the kink at once; with a transverse momentum of 0.06 GeV
        // (far below the string's sigma = 0.335) the gluon cannot change the spectra. Compared with
        // the straight u ubar string of the same total four-momentum (quark + gluon, antiquark).
        StringFragmentation frag = new StringFragmentation(TUNE, PDG);
        EventBuffer ev = new EventBuffer(64);
        double eg = 0.06;
        double e = (10.58 - eg) / 2;
        double[][] kink = {{0, 0, e, e, 2}, {eg, 0, 0, eg, 21}, {0, 0, -e, e, -2}};
        double[][] straight = {{eg, 0, e, e + eg, 2}, {0, 0, -e, e, -2}};
        double[] a = spectra(frag, ev, stream("soft-kink"), kink);
        double[] b = spectra(frag, ev, stream("soft-straight"), straight);
        System.out.printf(
                "soft gluon: <n> %.4f +- %.4f vs straight %.4f +- %.4f; <pT^2> %.5f vs %.5f; <n_ch> %.4f vs %.4f%n",
                a[0], a[1], b[0], b[1], a[2], b[2], a[3], b[3]);
        // Means of two independent samples: 5 standard deviations of the difference.
        double sigma = Math.hypot(a[1], b[1]);
        assertThat(Math.abs(a[0] - b[0])).as("mean hadron multiplicity").isLessThan(5 * sigma);
        // <pT^2> per hadron is about 0.25 GeV^2 with a relative spread of order 1 per hadron: with
        // about 1.8e5 hadrons per sample its statistical error is ~0.3 %; 2 % allows for the
        // gluon's own 0.06 GeV.
        assertThat(a[2]).as("<pT^2>").isCloseTo(b[2], org.assertj.core.data.Percentage.withPercentage(2));
    }

    @Test
    void fewerParticlesBetweenQuarkAndAntiquarkThanNextToTheGluon() {
        // The string effect (Andersson, Gustafson, Sjöstrand, Phys. Lett. 94B (1980) 211; JADE,
        // Phys. Lett. 101B (1981) 129): in a symmetric q qbar g event (120 degrees between the three
        // partons, 10.58 GeV) the string runs q - g - qbar, so the angular gap between q and qbar
        // (no string piece) has fewer hadrons than the q-g and g-qbar gaps. Counted: primary
        // hadrons within 30 degrees of the bisector of each gap, in the event plane (|sin| of the
        // angle to the plane below 0.5).
        StringFragmentation frag = new StringFragmentation(TUNE, PDG);
        EventBuffer ev = new EventBuffer(64);
        RandomStream rng = stream("string-effect");
        double e = 10.58 / 3;
        double[] angle = {0, 2 * Math.PI / 3, 4 * Math.PI / 3}; // q, g, qbar in the x-z plane
        int[] id = {1, 21, -1};
        long qqbarGap = 0;
        long gluonGaps = 0;
        int events = 20_000;
        for (int s = 0; s < events; s++) {
            ev.clear();
            for (int i = 0; i < 3; i++) {
                ev.add(id[i], GenParticle.DOCUMENTATION, e * Math.sin(angle[i]), 0, e * Math.cos(angle[i]), e);
            }
            frag.fragment(ev, 0, 2, rng);
            for (int h = 3; h < ev.size(); h++) {
                double px = ev.px(h);
                double py = ev.py(h);
                double pz = ev.pz(h);
                double p = Math.sqrt(px * px + py * py + pz * pz);
                if (Math.abs(py) > 0.5 * p) {
                    continue;
                }
                double phi = Math.atan2(px, pz); // 0 along q, 2pi/3 along g
                if (phi < 0) {
                    phi += 2 * Math.PI;
                }
                // Gap bisectors: q-g at 60, g-qbar at 180, qbar-q at 300 degrees.
                if (Math.abs(phi - Math.toRadians(300)) < Math.toRadians(30)) {
                    qqbarGap++;
                } else if (Math.abs(phi - Math.toRadians(60)) < Math.toRadians(30)
                        || Math.abs(phi - Math.toRadians(180)) < Math.toRadians(30)) {
                    gluonGaps++;
                }
            }
        }
        double ratio = qqbarGap / (0.5 * gluonGaps);
        System.out.printf("string effect: q-qbar gap / q-g gap = %.4f (%d, %d)%n", ratio, qqbarGap, gluonGaps);
        // Poisson errors: with ~1e4 counts per gap the ratio is known to ~1.5 %; a string between
        // q and qbar (no kink) would give 1 and the split-gluon strings of the earlier version gave
        // the same direction. 0.8 is many standard deviations from 1 and from the measured value.
        assertThat(ratio).isLessThan(0.8);
    }
}
