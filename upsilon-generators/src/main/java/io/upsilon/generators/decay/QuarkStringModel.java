package io.upsilon.generators.decay;

import io.upsilon.core.kinematics.Boost;
import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.generators.fragmentation.FragmentationTune;
import io.upsilon.generators.fragmentation.FragmentationTuneReader;
import io.upsilon.generators.phasespace.TwoBody;
import java.util.List;

/**
 * {@code QUARK_STRING}: a quark-level decay of a heavy hadron (the inclusive remainder of a B
 * table) into colour-singlet quark-antiquark pairs that the decay engine then fragments with the
 * Lund string ({@link io.upsilon.generators.fragmentation.StringFragmentation}).
 *
 * <p><b>Decay line</b>: two or four quarks (u, d, s, c and antiquarks), read as consecutive
 * colour-singlet pairs (1, 2) and (3, 4), each pair one quark and one antiquark, in the order of
 * EvtGen's quark-level lines (e.g. {@code u anti-d anti-c d} for B0: W+ -&gt; u anti-d, anti-b -&gt;
 * anti-c, the spectator d last). One optional argument, the PYTHIA decay code of the EvtGen line,
 * is accepted for porting and recorded but changes nothing: EvtGen's {@code PYTHIA 23} (PYTHIA 8
 * meMode 23) and the PYTHIA 6 codes 42, 43, 44 and 48 it converts to 22/23 (EvtGen's {@code
 * src/EvtGenExternal/EvtPythiaEngine.cpp}) all mean "weak V-A decay of the heavy quark, the
 * spectator collapsing into one hadron when its system is too light", which is what this model
 * does; code 91 (two partons) is a single string. The name {@code PYTHIA} is registered for the
 * same model so that EvtGen files port; other PYTHIA codes (e.g. 63 with diquarks) are rejected.
 *
 * <p><b>Kinematics</b> (four partons): the spectator (the last parton) with a Fermi momentum q
 * drawn as in the ACCMM model (G. Altarelli et al., Nucl. Phys. B 208 (1982) 365): density ~
 * exp(-q^2 / p_F^2), {@link #FERMI_MOMENTUM}; the heavy quark recoils with -q and takes the energy
 * left, so its mass floats, m_Q^2 = (M - E_q)^2 - q^2. Without it (spectator at rest) the anti-c
 * spectator system of the colour-favoured line is nearly always lighter than D pi and collapses
 * into one D or D* of the spectator's charge; with it, that system is a string above D pi part of
 * the time and its fragmentation shares the charge (a B+ makes D- and a B0 anti-D0 too), as D**
 * and non-resonant D(*) pi states do in real decays. The heavy quark's three products share m_Q
 * in its rest frame by three-body phase space weighted with the
 * V-A matrix element of b -&gt; q3 W, W -&gt; q1 qbar2 (muon-decay form, E. Fermi / R. E. Marshak,
 * e.g. PDG 2024 review "Weak interactions of quarks and leptons"), |M|^2 proportional to (p_b .
 * p_1)(p_2 . p_3), which is the right assignment for every ordering EvtGen uses (colour-favoured
 * {@code u anti-d anti-c d} and colour-suppressed {@code u anti-c anti-d d}; for b-quark lines the
 * charge-conjugate roles) because (p_2 . p_3) is symmetric. Penguin and b -&gt; u lines get the same
 * weight (an approximation). Parton masses are constituent masses (u, d 0.33, s 0.5, c 1.5 GeV: the
 * PYTHIA 6.4 defaults, T. Sjöstrand et al., JHEP 05 (2006) 026, PMAS(1..4,1) for the decay
 * kinematics). Two partons are back to back, isotropic.
 *
 * <p><b>Collapse</b>: a pair whose invariant mass is below the lightest hadron of its flavours plus
 * a pi0 mass becomes one meson of its flavours: the vector (D*, D_s*, K*, rho0 or omega, phi,
 * J/psi) with probability r / (1 + r), r the vector-to-pseudoscalar ratio of the Belle II string
 * tune ({@code StringFlav:mesonUDvector}, {@code mesonSvector}, {@link FragmentationTune}) for
 * light mesons and PYTHIA 8's default {@code StringFlav:mesonCvector} = 0.88 (the Monash tune,
 * P. Skands, S. Carrazza, J. Rojo, EPJC 74 (2014) 3024) for charm: the Belle II tune's larger charm
 * ratio also stands for the excited D states a string makes, which a collapse does not; else the lightest
 * pseudoscalar (D, D_s, K, pi, eta for s sbar, eta_c for c cbar); the two systems are then put back
 * to back in the parent frame along their directions with the new masses (the uncollapsed pair
 * boosted rigidly), so four-momentum stays exact. If the new masses do not fit, the partons are
 * drawn again.
 */
final class QuarkStringModel implements DecModel {
    /** Constituent masses of d, u, s, c (GeV), PYTHIA 6.4 PMAS defaults. */
    private static final double[] CONSTITUENT = {0, 0.33, 0.33, 0.5, 1.5};

    private static final double PI0_MASS = 0.1349768; // PDG 2024
    private static final double OMEGA_MASS = 0.78266; // PDG 2024
    /** Vector / pseudoscalar ratio of a collapsed charm pair (see the class comment). */
    private static final double COLLAPSE_CHARM_VECTOR_RATIO = 0.88;

    private static final int MAX_TRIES = 1_000;

    /**
     * Gaussian width p_F of the spectator's Fermi momentum, GeV: 0.30 GeV, the value "commonly used
     * in experimental analyses" of the ACCMM model (D. S. Hwang, C. S. Kim, W. Namgung,
     * arXiv:hep-ph/9604225, abstract; ACCMM: G. Altarelli, N. Cabibbo, G. Corbò, L. Maiani, G.
     * Martinelli, Nucl. Phys. B 208 (1982) 365). &lt;q^2&gt; = 3 p_F^2 / 2 = 0.135 GeV^2, and the heavy
     * quark's mass is then 4.8 GeV on average. Their own fit to CLEO's lepton spectrum, 0.54 +0.16
     * -0.15 GeV, was tried too: it lowers m_Q to ~4.5 GeV, which pushes more c anti-c and c anti-s
     * pairs below threshold (J/psi X 1.29 %, D_s X 10.3 % per B against the table's 1.08 % and 8.9
     * %); docs/b-decay-table.md has both.
     */
    static final double FERMI_MOMENTUM = 0.30;

    private final double fermiMomentum;
    private final int[] flavours;
    private final double[] partonMasses;
    private final double[] pairThreshold;
    private final int[] pairHadron;
    private final double[] pairHadronMass;
    private final int[] pairVector;
    private final double[] pairVectorMass;
    private final double[] pairVectorProbability;
    private final int[] collapsedId = new int[2];
    private final double[] collapsedMass = new double[2];
    private final PhspModel threeBody;
    private final double[] three = new double[12];
    private final double[] threeMasses = new double[3];
    private final double[] partons = new double[16];

    QuarkStringModel(List<ParticleData> daughters, double[] args, ParticleTable table) {
        this(daughters, args, table, FragmentationTuneReader.belle2());
    }

    QuarkStringModel(List<ParticleData> daughters, double[] args, ParticleTable table, FragmentationTune tune) {
        this(daughters, args, table, tune, FERMI_MOMENTUM);
    }

    /** As the public form, with this Fermi momentum width p_F in GeV (0: spectator at rest). */
    QuarkStringModel(
            List<ParticleData> daughters,
            double[] args,
            ParticleTable table,
            FragmentationTune tune,
            double fermiMomentum) {
        if (!(fermiMomentum >= 0) || !Double.isFinite(fermiMomentum)) {
            throw new IllegalArgumentException("Fermi momentum must be >= 0 and finite, got " + fermiMomentum);
        }
        this.fermiMomentum = fermiMomentum;
        int n = daughters.size();
        if (n != 2 && n != 4) {
            throw new IllegalArgumentException(
                    "QUARK_STRING expects 2 or 4 quarks (colour-singlet pairs), got " + n + " daughters");
        }
        if (args.length > 1) {
            throw new IllegalArgumentException(
                    "QUARK_STRING takes at most one argument (the EvtGen PYTHIA code), got " + args.length);
        }
        if (args.length == 1) {
            int code = (int) args[0];
            if (code != args[0] || !(code == 23 || code == 22 || (code >= 42 && code <= 48) || code == 91)) {
                throw new IllegalArgumentException("QUARK_STRING accepts the PYTHIA codes 22, 23, 42-48 and 91 "
                        + "(weak decay with a collapsing spectator), got " + args[0]);
            }
        }
        this.flavours = new int[n];
        this.partonMasses = new double[n];
        for (int i = 0; i < n; i++) {
            int id = daughters.get(i).id();
            int a = Math.abs(id);
            if (a < 1 || a > 4) {
                throw new IllegalArgumentException("QUARK_STRING expects u, d, s, c quarks or antiquarks, got "
                        + daughters.get(i).name());
            }
            flavours[i] = id;
            partonMasses[i] = CONSTITUENT[a];
        }
        this.pairThreshold = new double[n / 2];
        this.pairHadron = new int[n / 2];
        this.pairHadronMass = new double[n / 2];
        this.pairVector = new int[n / 2];
        this.pairVectorMass = new double[n / 2];
        this.pairVectorProbability = new double[n / 2];
        for (int p = 0; p < n / 2; p++) {
            int f1 = flavours[2 * p];
            int f2 = flavours[2 * p + 1];
            if (Integer.signum(f1) == Integer.signum(f2)) {
                throw new IllegalArgumentException("QUARK_STRING expects each pair (1 2), (3 4) to be a quark and an "
                        + "antiquark, got " + daughters.get(2 * p).name() + " "
                        + daughters.get(2 * p + 1).name());
            }
            int quark = Math.max(f1, f2);
            int antiquark = Math.min(f1, f2);
            int hadron = lightestMeson(quark, -antiquark);
            pairHadron[p] = hadron;
            pairHadronMass[p] = table.byId(hadron).mass();
            pairThreshold[p] = pairHadronMass[p] + PI0_MASS;
            int heavy = Math.max(quark, -antiquark);
            pairVector[p] = hadron == 111 ? 113 : hadron == 221 ? 333 : hadron + Integer.signum(hadron) * 2;
            pairVectorMass[p] = table.byId(pairVector[p]).mass();
            double r =
                    heavy == 4 ? COLLAPSE_CHARM_VECTOR_RATIO : heavy == 3 ? tune.mesonSvector() : tune.mesonUDvector();
            pairVectorProbability[p] = r / (1 + r);
        }
        if (n == 4) {
            List<ParticleData> first3 = daughters.subList(0, 3);
            this.threeBody = new PhspModel(first3, new double[0]);
            for (int i = 0; i < 3; i++) {
                threeMasses[i] = partonMasses[i];
            }
        } else {
            this.threeBody = null;
        }
    }

    private QuarkStringModel(QuarkStringModel o) {
        this.fermiMomentum = o.fermiMomentum;
        this.flavours = o.flavours;
        this.partonMasses = o.partonMasses;
        this.pairThreshold = o.pairThreshold;
        this.pairHadron = o.pairHadron;
        this.pairHadronMass = o.pairHadronMass;
        this.pairVector = o.pairVector;
        this.pairVectorMass = o.pairVectorMass;
        this.pairVectorProbability = o.pairVectorProbability;
        this.threeBody = o.threeBody == null ? null : (PhspModel) o.threeBody.newInstance();
        System.arraycopy(o.threeMasses, 0, threeMasses, 0, 3);
    }

    @Override
    public DecModel newInstance() {
        return new QuarkStringModel(this);
    }

    /**
     * The PDG id of the lightest meson of quark {@code q} and antiquark {@code qbar} (both given as
     * positive flavour codes 1..4): the pseudoscalar, with the PDG sign convention (positive when
     * the heavier flavour is an up-type quark or a down-type antiquark); pi0 for u ubar and d dbar,
     * eta for s sbar.
     */
    static int lightestMeson(int q, int qbar) {
        if (q == qbar) {
            return switch (q) {
                case 1, 2 -> 111;
                case 3 -> 221;
                default -> 441;
            };
        }
        int heavy = Math.max(q, qbar);
        int light = Math.min(q, qbar);
        // PDG numbering orders d (1) before u (2) for the light mesons: pi+ = 211 (u dbar).
        int code = 100 * heavy + 10 * light + 1;
        boolean upType = heavy % 2 == 0;
        boolean heavyIsQuark = heavy == q;
        return upType == heavyIsQuark ? code : -code;
    }

    /** The number of partons of the line (2 or 4). */
    int partonCount() {
        return flavours.length;
    }

    /** The flavour (PDG id) of parton i. */
    int flavour(int i) {
        return flavours[i];
    }

    /**
     * Draws one decay for a parent of this mass: writes into {@code ids} and {@code out} (four-momenta
     * in the parent rest frame) the entries of the decay, and into {@code pairStart} whether entry
     * k begins a parton pair (the pair is entries k, k + 1, the colour triplet, i.e. the quark,
     * first) or is a hadron (a collapsed pair). Returns the number of entries.
     */
    int generateSystems(double mass, RandomStream rng, int[] ids, boolean[] pairStart, double[] out) {
        if (flavours.length == 2) {
            double c = 2 * rng.nextDouble() - 1;
            double phi = 2 * Math.PI * rng.nextDouble();
            DecModelSupport.twoBody(mass, partonMasses[0], partonMasses[1], c, phi, null, partons);
            return writePairs(1, ids, pairStart, out, null);
        }
        for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
            drawFourPartons(mass, rng);
            double m1 = pairMass(0);
            double m2 = pairMass(1);
            boolean collapse1 = m1 < pairThreshold[0];
            boolean collapse2 = m2 < pairThreshold[1];
            if (!collapse1 && !collapse2) {
                return writePairs(2, ids, pairStart, out, null);
            }
            double n1 = collapse1 ? chooseMeson(0, rng) : m1;
            double n2 = collapse2 ? chooseMeson(1, rng) : m2;
            if (n1 + n2 >= mass) {
                continue;
            }
            rescale(mass, n1, n2);
            boolean[] collapsed = {collapse1, collapse2};
            return writePairs(2, ids, pairStart, out, collapsed);
        }
        throw new IllegalStateException("QUARK_STRING: no configuration of the partons fits a parent of mass " + mass);
    }

    /** Picks the meson of collapsed pair p (vector or pseudoscalar); returns its mass. */
    private double chooseMeson(int p, RandomStream rng) {
        boolean vector = rng.nextDouble() < pairVectorProbability[p];
        int id = vector ? pairVector[p] : pairHadron[p];
        if (id == 113 && rng.nextDouble() < 0.5) {
            id = 223; // u ubar / d dbar vectors: rho0 and omega equally (ideal mixing)
        }
        collapsedId[p] = id;
        collapsedMass[p] = vector ? (id == 223 ? OMEGA_MASS : pairVectorMass[p]) : pairHadronMass[p];
        return collapsedMass[p];
    }

    private void drawFourPartons(double mass, RandomStream rng) {
        // Spectator Fermi motion (ACCMM): momentum q with density ~ exp(-q^2 / p_F^2), i.e. each
        // component Gaussian with sigma = p_F / sqrt(2); the heavy quark recoils with -q and the
        // energy left, so its mass floats: m_Q^2 = (M - E_q)^2 - q^2.
        double mq = partonMasses[3];
        double sigma = fermiMomentum / Math.sqrt(2);
        double qx;
        double qy;
        double qz;
        double eq;
        double mb;
        double minMass = threeMasses[0] + threeMasses[1] + threeMasses[2];
        int tries = 0;
        do {
            if (++tries > MAX_TRIES) {
                throw new IllegalStateException(
                        "QUARK_STRING: no Fermi momentum leaves the heavy quark enough mass in a parent of mass "
                                + mass);
            }
            qx = sigma * rng.nextGaussian();
            qy = sigma * rng.nextGaussian();
            qz = sigma * rng.nextGaussian();
            eq = Math.sqrt(qx * qx + qy * qy + qz * qz + mq * mq);
            double eb = mass - eq;
            mb = Math.sqrt(Math.max(0, eb * eb - qx * qx - qy * qy - qz * qz));
        } while (!(mb > minMass));
        // b at rest: (p_b . p_1) = m_b E_1 <= m_b^2 / 2, (p_2 . p_3) <= m_b^2 / 2.
        double max = mb * mb * mb * mb / 4;
        while (true) {
            threeBody.generate(mb, threeMasses, null, rng, three);
            double pb1 = mb * three[3];
            double p23 = three[7] * three[11] - three[4] * three[8] - three[5] * three[9] - three[6] * three[10];
            if (rng.nextDouble() * max <= pb1 * p23) {
                break;
            }
        }
        System.arraycopy(three, 0, partons, 0, 12);
        if (fermiMomentum > 0) {
            double eb = mass - eq;
            for (int i = 0; i < 3; i++) {
                Boost.apply(-qx / eb, -qy / eb, -qz / eb, partons, 4 * i);
            }
        }
        partons[12] = qx;
        partons[13] = qy;
        partons[14] = qz;
        partons[15] = eq;
    }

    private double pairMass(int p) {
        int a = 8 * p;
        double e = partons[a + 3] + partons[a + 7];
        double x = partons[a] + partons[a + 4];
        double y = partons[a + 1] + partons[a + 5];
        double z = partons[a + 2] + partons[a + 6];
        return Math.sqrt(Math.max(0, e * e - x * x - y * y - z * z));
    }

    /**
     * Puts the two pair systems back to back along pair 1's direction with masses n1, n2 (the
     * partons of each pair boosted rigidly from their old rest frame to the new one).
     */
    private void rescale(double mass, double n1, double n2) {
        double x = partons[0] + partons[4];
        double y = partons[1] + partons[5];
        double z = partons[2] + partons[6];
        double norm = Math.sqrt(x * x + y * y + z * z);
        double ux = norm > 0 ? x / norm : 0;
        double uy = norm > 0 ? y / norm : 0;
        double uz = norm > 0 ? z / norm : 1;
        double p = TwoBody.momentum(mass, n1, n2);
        for (int pair = 0; pair < 2; pair++) {
            int a = 8 * pair;
            double sx = partons[a] + partons[a + 4];
            double sy = partons[a + 1] + partons[a + 5];
            double sz = partons[a + 2] + partons[a + 6];
            double se = partons[a + 3] + partons[a + 7];
            // To the pair's rest frame, then to its new momentum.
            Boost.apply(-sx / se, -sy / se, -sz / se, partons, a);
            Boost.apply(-sx / se, -sy / se, -sz / se, partons, a + 4);
            double sign = pair == 0 ? 1 : -1;
            double newMass = pair == 0 ? n1 : n2;
            double e = Math.sqrt(p * p + newMass * newMass);
            double bx = sign * p * ux / e;
            double by = sign * p * uy / e;
            double bz = sign * p * uz / e;
            // A collapsed pair's partons are replaced below; an intact one keeps its internal state.
            Boost.apply(bx, by, bz, partons, a);
            Boost.apply(bx, by, bz, partons, a + 4);
            systemMomentum[4 * pair] = sign * p * ux;
            systemMomentum[4 * pair + 1] = sign * p * uy;
            systemMomentum[4 * pair + 2] = sign * p * uz;
            systemMomentum[4 * pair + 3] = e;
        }
    }

    private final double[] systemMomentum = new double[8];

    private int writePairs(int pairs, int[] ids, boolean[] pairStart, double[] out, boolean[] collapsed) {
        int k = 0;
        for (int p = 0; p < pairs; p++) {
            if (collapsed != null && collapsed[p]) {
                ids[k] = collapsedId[p];
                pairStart[k] = false;
                System.arraycopy(systemMomentum, 4 * p, out, 4 * k, 4);
                k++;
                continue;
            }
            // Quark (colour triplet) first, as StringFragmentation expects.
            int a = 2 * p;
            int b = 2 * p + 1;
            if (flavours[a] < 0) {
                int t = a;
                a = b;
                b = t;
            }
            ids[k] = flavours[a];
            pairStart[k] = true;
            System.arraycopy(partons, 4 * a, out, 4 * k, 4);
            ids[k + 1] = flavours[b];
            pairStart[k + 1] = false;
            System.arraycopy(partons, 4 * b, out, 4 * (k + 1), 4);
            k += 2;
        }
        return k;
    }

    /**
     * Not used: a quark-level line makes a varying number of particles, so {@link HadronDecayer}
     * calls {@link #generateSystems} instead.
     *
     * @throws UnsupportedOperationException always
     */
    @Override
    public void generate(double parentMass, double[] masses, double[] helicityAxis, RandomStream rng, double[] out) {
        throw new UnsupportedOperationException(
                "QUARK_STRING lines are decayed by HadronDecayer (they are fragmented)");
    }
}
