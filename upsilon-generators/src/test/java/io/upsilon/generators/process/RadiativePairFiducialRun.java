package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;

/**
 * Hand-run (not a unit test: minutes of CPU) fiducial study of docs/cross-sections.md, section "e+e-
 * -&gt; mu+ mu- gamma, exact O(alpha)": the Belle II mu mu gamma selection (both muons p &gt; 0.5 GeV
 * in the CDC, a photon E &gt; 0.5 GeV in the ECL, lab; {@link FiducialRegions}) from the exact process
 * (with its ISR, FSR and interference parts and the mu- forward-backward asymmetry they make) and
 * from {@code ee-mumu} (leading log), and the matched sum (ee-mumu without a hard photon + the exact
 * process) for several cuts k0, theta_beam, theta_f. Usage: {@code RadiativePairFiducialRun
 * [exactEvents] [eeMuMuEvents] [seed]}.
 */
final class RadiativePairFiducialRun {
    private RadiativePairFiducialRun() {}

    public static void main(String[] args) {
        long nExact = args.length > 0 ? Long.parseLong(args[0]) : 400_000;
        long nLl = args.length > 1 ? Long.parseLong(args[1]) : 2_000_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 11;
        Beam beam = Beam.preset("Y4S");
        FiducialRegion fid = FiducialRegions.forProcess("ee-mumu").get(1);
        RadiativePairRegion[] regions = {
            new RadiativePairRegion(0.25, 10, 0),
            new RadiativePairRegion(0.125, 10, 0),
            new RadiativePairRegion(0.5, 10, 0),
            new RadiativePairRegion(0.25, 5, 0),
            new RadiativePairRegion(0.25, 20, 0),
            new RadiativePairRegion(0.25, 10, 5)
        };
        // ee-mumu (leading log): fiducial total and, per region, the part without a hard photon
        FermionPairRadiative ll = new FermionPairRadiative(beam, 13);
        RandomStream beamRng = RandomStreams.of(seed).stream("beam");
        RandomStream rng = RandomStreams.of(seed).stream("process");
        EventBuffer ev = new EventBuffer(16);
        double[] llKeep = new double[regions.length];
        double[] llKeep2 = new double[regions.length];
        double llFid = 0;
        double llFid2 = 0;
        long t0 = System.nanoTime();
        for (long i = 0; i < nLl; i++) {
            double w = ll.generate(beamRng, rng, ev);
            if (w == 0 || !fid.accepts().test(ev)) {
                continue;
            }
            llFid += w;
            llFid2 += w * w;
            for (int r = 0; r < regions.length; r++) {
                if (!regions[r].contains(ev, 13)) {
                    llKeep[r] += w;
                    llKeep2[r] += w * w;
                }
            }
        }
        System.out.printf(
                "ee-mumu LL: %d events, %.1f s; fiducial %s%n",
                nLl, (System.nanoTime() - t0) * 1e-9, pm(llFid, llFid2, nLl));
        for (int r = 0; r < regions.length; r++) {
            RadiativePairRegion region = regions[r];
            RadiativePairGenerator gen = new RadiativePairGenerator(beam, 13, region, true);
            RandomStream b2 = RandomStreams.of(seed).stream("beam/exact" + r);
            RandomStream r2 = RandomStreams.of(seed).stream("process/exact" + r);
            double all = 0;
            double all2 = 0;
            double[] in = new double[4]; // total, ISR, FSR, interference (fiducial)
            double in2 = 0;
            double fb = 0; // fiducial, mu- forward minus backward (CM, along the e- beam)
            double fbInt = 0;
            double fbInt2 = 0;
            long t1 = System.nanoTime();
            for (long i = 0; i < nExact; i++) {
                double w = gen.generate(b2, r2, ev);
                if (w == 0) {
                    continue;
                }
                all += w;
                all2 += w * w;
                if (!fid.accepts().test(ev)) {
                    continue;
                }
                double[] parts = gen.lastParts();
                double sum = parts[0] + parts[1] + parts[2];
                in[0] += w;
                in2 += w * w;
                for (int k = 0; k < 3; k++) {
                    in[k + 1] += w * parts[k] / sum;
                }
                double sign = muMinusForwardInCm(ev) ? 1 : -1;
                fb += sign * w;
                double wi = w * parts[2] / sum;
                fbInt += sign * wi;
                fbInt2 += wi * wi;
            }
            double seconds = (System.nanoTime() - t1) * 1e-9;
            System.out.printf(
                    "region k0=%.3f thetaBeam=%.0f thetaF=%.0f: %d events %.1f s (%.0f ev/s); sigma(region) %s;"
                            + " fiducial %s = ISR %.5f + FSR %.5f + INT %.5f; A_FB(mu-) %.4f, from INT %.4f +- %.4f;"
                            + " matched (LL no-hard-photon %s + exact) = %.5f +- %.5f%n",
                    region.energyMin(),
                    region.thetaBeamDeg(),
                    region.thetaFermionDeg(),
                    nExact,
                    seconds,
                    nExact / seconds,
                    pm(all, all2, nExact),
                    pm(in[0], in2, nExact),
                    in[1] / nExact,
                    in[2] / nExact,
                    in[3] / nExact,
                    fb / in[0],
                    fbInt / in[0],
                    Math.sqrt(fbInt2) / in[0],
                    pm(llKeep[r], llKeep2[r], nLl),
                    llKeep[r] / nLl + in[0] / nExact,
                    Math.hypot(err(llKeep[r], llKeep2[r], nLl), err(in[0], in2, nExact)));
        }
    }

    /** Whether the mu- goes forward (along the e- beam) in the CM frame of the event's beams. */
    private static boolean muMinusForwardInCm(EventBuffer ev) {
        double te = ev.e(0) + ev.e(1);
        double bx = -(ev.px(0) + ev.px(1)) / te;
        double by = -(ev.py(0) + ev.py(1)) / te;
        double bz = -(ev.pz(0) + ev.pz(1)) / te;
        double[] v = {ev.px(0), ev.py(0), ev.pz(0), ev.e(0), 0, 0, 0, 0};
        io.upsilon.core.kinematics.Boost.apply(bx, by, bz, v, 0);
        for (int i = 2; i < ev.size(); i++) {
            if (ev.pdgId(i) == 13) {
                v[4] = ev.px(i);
                v[5] = ev.py(i);
                v[6] = ev.pz(i);
                v[7] = ev.e(i);
                io.upsilon.core.kinematics.Boost.apply(bx, by, bz, v, 4);
                return v[0] * v[4] + v[1] * v[5] + v[2] * v[6] > 0;
            }
        }
        throw new IllegalStateException("no mu- in the event");
    }

    private static double err(double sw, double sw2, long n) {
        double mean = sw / n;
        return Math.sqrt(Math.max(0, sw2 / n - mean * mean) / (n - 1));
    }

    private static String pm(double sw, double sw2, long n) {
        return String.format("%.5f +- %.5f nb", sw / n, err(sw, sw2, n));
    }
}
