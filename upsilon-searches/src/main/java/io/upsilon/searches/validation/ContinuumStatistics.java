package io.upsilon.searches.validation;

import io.upsilon.analysis.shape.Thrust;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.hist.Axis;
import io.upsilon.core.hist.Hist1D;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted inclusive statistics of a sample of e+e- -&gt; hadrons events, in the e+e- centre-of-mass
 * frame of each event (the beams' four-momentum): charged multiplicity (e, mu, pi, K, p, K_S0 and
 * Lambda daughters included, as in ARGUS, Z. Phys. C54 (1992) 13), thrust of all visible final-state
 * particles (neutrinos excluded), rates of identified hadrons per event, pi/K/p momentum spectra
 * and charm scaled-momentum spectra x_p = p* / p*_max with p*_max = sqrt(E_beam^2 - m^2). Every
 * quantity is weighted with the event weight (the generators' events are weighted).
 */
final class ContinuumStatistics {
    /** Events whose q qbar system is heavier than this (GeV) count as "no hard ISR". */
    static final double NO_HARD_ISR_MASS = 10.0;

    static final int[] CHARM_IDS = {421, 413, 4122};

    private static final int K_SHORT = 310;
    private static final int LAMBDA = 3122;

    private final WeightedMean nCharged = new WeightedMean();
    private final WeightedMean nChargedNoHardIsr = new WeightedMean();
    private final WeightedMean noHardIsrFraction = new WeightedMean();
    private final WeightedMean thrust = new WeightedMean();
    private final Map<String, int[]> rateIds = new LinkedHashMap<>();
    private final Map<String, WeightedMean> rates = new LinkedHashMap<>();
    private final Map<Integer, WeightedMean> meanXp = new LinkedHashMap<>();
    private final Map<Integer, Hist1D> xpSpectra = new LinkedHashMap<>();
    private final Map<Integer, Hist1D> momentumSpectra = new LinkedHashMap<>();
    private final Hist1D nChargedHist = new Hist1D(Axis.regular(31, -0.5, 30.5));
    private final Hist1D thrustHist = new Hist1D(Axis.regular(50, 0.5, 1.0));
    private final Map<String, BinnedSpectrum> spectra = new LinkedHashMap<>();
    private final Map<Integer, List<BinnedSpectrum>> spectraById = new HashMap<>();
    private long events;
    private long trials;

    /** Statistics without comparison spectra. */
    ContinuumStatistics() {
        this(List.of());
    }

    /** Statistics that also fill the given measurements' spectra (each in its own binning). */
    ContinuumStatistics(List<ContinuumDataset> datasets) {
        for (ContinuumDataset d : datasets) {
            BinnedSpectrum s = new BinnedSpectrum(d.observable(), d.data());
            if (spectra.put(d.id(), s) != null) {
                throw new IllegalArgumentException("dataset " + d.id() + " given twice");
            }
            for (int id : d.observable().absIds()) {
                spectraById.computeIfAbsent(id, k -> new ArrayList<>()).add(s);
            }
        }
        rate("pi+- (all)", 211);
        rate("pi+- (prompt)", 211);
        rate("K+- (all)", 321);
        rate("K+- (prompt)", 321);
        rate("p, pbar (all)", 2212);
        rate("p, pbar (prompt)", 2212);
        rate("pi0", 111);
        rate("eta", 221);
        rate("K0_S", K_SHORT);
        rate("Lambda, Lambdabar", LAMBDA);
        rate("D0, D0bar", 421);
        rate("D*+-", 413);
        rate("Lambda_c+-", 4122);
        for (int id : new int[] {211, 321, 2212}) {
            momentumSpectra.put(id, new Hist1D(Axis.regular(50, 0, 5)));
        }
        for (int id : CHARM_IDS) {
            xpSpectra.put(id, new Hist1D(Axis.regular(25, 0, 1)));
            meanXp.put(id, new WeightedMean());
        }
    }

    private void rate(String name, int id) {
        rateIds.put(name, new int[] {id});
        rates.put(name, new WeightedMean());
    }

    /** Counts a generated event of weight 0 (outside the generation cuts): it still counts as a trial. */
    void addZeroWeight() {
        trials++;
    }

    /** Adds one event (weight {@code event.weight()}; events of weight 0 are only counted as trials). */
    void add(GenEvent event) {
        trials++;
        double w = event.weight();
        if (w == 0) {
            return;
        }
        events++;
        LorentzVector beams = LorentzVector.ZERO;
        LorentzVector partons = LorentzVector.ZERO;
        for (GenParticle p : event.particles()) {
            if (p.status() == GenParticle.BEAM) {
                beams = beams.plus(p.momentum());
            } else if (isPrimaryParton(event, p)) {
                partons = partons.plus(p.momentum());
            }
        }
        Vec3 toCm = beams.boostVector().negate();
        double eBeam = 0.5 * beams.m();
        int nCh = 0;
        List<Vec3> visible = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < event.size(); i++) {
            GenParticle p = event.particle(i);
            int id = Math.abs(p.pdgId());
            if (p.status() == GenParticle.BEAM || p.status() == GenParticle.DOCUMENTATION) {
                continue;
            }
            LorentzVector cm = p.momentum().boost(toCm);
            if (p.status() == GenParticle.FINAL) {
                if (id == 11 || id == 13 || id == 211 || id == 321 || id == 2212) {
                    nCh++;
                }
                if (id != 12 && id != 14 && id != 16) {
                    visible.add(cm.p3());
                }
                Hist1D spectrum = momentumSpectra.get(id);
                if (spectrum != null) {
                    spectrum.fill(cm.p(), w);
                }
            }
            for (Map.Entry<String, int[]> e : rateIds.entrySet()) {
                if (e.getValue()[0] != id) {
                    continue;
                }
                boolean finalOnly = id == 211 || id == 321 || id == 2212;
                if (finalOnly && p.status() != GenParticle.FINAL) {
                    continue;
                }
                if (e.getKey().endsWith("(prompt)") && fromWeakStrangeDecay(event, i)) {
                    continue;
                }
                counts.merge(e.getKey(), 1, Integer::sum);
            }
            List<BinnedSpectrum> matching = spectraById.get(id);
            if (matching != null && (p.status() == GenParticle.FINAL || !EventInvariants.LONG_LIVED.contains(id))) {
                double pStar = cm.p();
                double mass = cm.m();
                boolean prompt = !fromWeakStrangeDecay(event, i);
                for (BinnedSpectrum s : matching) {
                    if (prompt || !s.observable().promptOnly()) {
                        s.count(s.observable().value(pStar, mass, eBeam));
                    }
                }
            }
            WeightedMean xpMean = meanXp.get(id);
            if (xpMean != null) {
                double m = cm.m();
                double pMax = Math.sqrt(Math.max(eBeam * eBeam - m * m, 1e-12));
                double xp = cm.p() / pMax;
                xpMean.add(xp, w);
                xpSpectra.get(id).fill(xp, w);
            }
        }
        for (Map.Entry<String, WeightedMean> e : rates.entrySet()) {
            e.getValue().add(counts.getOrDefault(e.getKey(), 0), w);
        }
        for (BinnedSpectrum s : spectra.values()) {
            s.endEvent(w);
        }
        nCharged.add(nCh, w);
        nChargedHist.fill(nCh, w);
        boolean noHardIsr = partons.m() > NO_HARD_ISR_MASS;
        noHardIsrFraction.add(noHardIsr ? 1 : 0, w);
        if (noHardIsr) {
            nChargedNoHardIsr.add(nCh, w);
        }
        if (visible.size() >= 2) {
            double t = Thrust.of(visible).value();
            thrust.add(t, w);
            thrustHist.fill(t, w);
        }
    }

    /** A quark or gluon produced by the hard process and shower: mothers are the beams. */
    private static boolean isPrimaryParton(GenEvent event, GenParticle p) {
        int id = Math.abs(p.pdgId());
        if (!(id <= 5 || id == 21) || p.mother1() < 0) {
            return false;
        }
        return event.particle(p.mother1()).status() == GenParticle.BEAM;
    }

    /**
     * True if an ancestor of particle i is a K0_S or a Lambda (BaBar's "prompt" rates exclude
     * their decay products: PRD 88, 032011 (2013)); the walk stops at the partons.
     */
    private static boolean fromWeakStrangeDecay(GenEvent event, int i) {
        int m = event.particle(i).mother1();
        while (m >= 0) {
            GenParticle mother = event.particle(m);
            int id = Math.abs(mother.pdgId());
            if (id == K_SHORT || id == LAMBDA) {
                return true;
            }
            if (id <= 5 || id == 21 || mother.status() == GenParticle.BEAM) {
                return false;
            }
            m = mother.mother1();
        }
        return false;
    }

    long events() {
        return events;
    }

    /** Generated events including those of weight 0: the denominator of a cross section. */
    long trials() {
        return trials;
    }

    /** The cross section estimated from this sample, sum of weights / trials, in nb. */
    double crossSectionNb() {
        return trials > 0 ? nCharged.sumOfWeights() / trials : Double.NaN;
    }

    /** The spectrum filled for a dataset id, or null. */
    BinnedSpectrum spectrum(String datasetId) {
        return spectra.get(datasetId);
    }

    WeightedMean nCharged() {
        return nCharged;
    }

    WeightedMean nChargedNoHardIsr() {
        return nChargedNoHardIsr;
    }

    WeightedMean noHardIsrFraction() {
        return noHardIsrFraction;
    }

    WeightedMean thrust() {
        return thrust;
    }

    /** Rates per event by display name, in display order. */
    Map<String, WeightedMean> rates() {
        return rates;
    }

    WeightedMean meanXp(int id) {
        return meanXp.get(id);
    }

    Hist1D xpSpectrum(int id) {
        return xpSpectra.get(id);
    }

    Hist1D momentumSpectrum(int id) {
        return momentumSpectra.get(id);
    }

    Hist1D nChargedHistogram() {
        return nChargedHist;
    }

    Hist1D thrustHistogram() {
        return thrustHist;
    }
}
