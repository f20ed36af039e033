package io.upsilon.detector;

/** The five long-lived charged species a track can be, in basf2's PID order. */
public enum Species {
    ELECTRON(11, -1),
    MUON(13, -1),
    PION(211, 1),
    KAON(321, 1),
    PROTON(2212, 1);

    /** Number of species. */
    public static final int COUNT = 5;

    private final int pdgId;
    private final int chargeOfParticle;

    Species(int pdgId, int chargeOfParticle) {
        this.pdgId = pdgId;
        this.chargeOfParticle = chargeOfParticle;
    }

    /** PDG id of the particle (not the antiparticle). */
    public int pdgId() {
        return pdgId;
    }

    /** The species of a PDG id (either sign), or null if it is not a trackable charged species. */
    public static Species ofPdg(int pdg) {
        return switch (Math.abs(pdg)) {
            case 11 -> ELECTRON;
            case 13 -> MUON;
            case 211 -> PION;
            case 321 -> KAON;
            case 2212 -> PROTON;
            default -> null;
        };
    }

    /** Electric charge (in units of e) of the particle with this PDG id. */
    public int charge(int pdg) {
        return pdg > 0 ? chargeOfParticle : -chargeOfParticle;
    }
}
