package io.upsilon.analysis.output;

import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;

/** What the writer was given, summed on the Java side, to compare with what a reader finds. */
final class ToySums {
    long events;
    long particles;
    double sumWeight;
    double sumAbsWeight;
    double sumPx;
    double sumAbsPx;
    long sumPdg;
    long sumMother1;

    void add(GenEvent e) {
        events++;
        particles += e.size();
        sumWeight += e.weight();
        sumAbsWeight += Math.abs(e.weight());
        for (GenParticle p : e.particles()) {
            sumPx += p.momentum().px();
            sumAbsPx += Math.abs(p.momentum().px());
            sumPdg += p.pdgId();
            sumMother1 += p.mother1();
        }
    }

    /** The sums as one line: events particles sumWeight sumAbsWeight sumPx sumAbsPx sumPdg sumMother1. */
    String line() {
        return events + " " + particles + " " + sumWeight + " " + sumAbsWeight + " " + sumPx + " " + sumAbsPx + " "
                + sumPdg + " " + sumMother1;
    }

    static ToySums parse(String line) {
        String[] f = line.trim().split(" ");
        ToySums s = new ToySums();
        s.events = Long.parseLong(f[0]);
        s.particles = Long.parseLong(f[1]);
        s.sumWeight = Double.parseDouble(f[2]);
        s.sumAbsWeight = Double.parseDouble(f[3]);
        s.sumPx = Double.parseDouble(f[4]);
        s.sumAbsPx = Double.parseDouble(f[5]);
        s.sumPdg = Long.parseLong(f[6]);
        s.sumMother1 = Long.parseLong(f[7]);
        return s;
    }
}
