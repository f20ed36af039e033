package io.upsilon.detector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.error.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads and validates detector cards (YAML).
 *
 * <p>Schema: every key of the bundled {@code belle2.yaml} is required, unknown keys are errors,
 * numbers must have the right type and lie in their physical range. The one place for defaults is
 * the bundled card itself: a user card whose first key is {@code base: belle2} is laid over it
 * (mappings merge key by key, values replace), so it lists only what it changes. Every problem is
 * an {@link InputException} naming the file, the YAML path (e.g. {@code tracking.resolution.a}) and
 * what was expected.
 */
public final class DetectorCardReader {
    /** Class-path location of the bundled Belle II card. */
    public static final String BUNDLED_RESOURCE = "io/upsilon/detector/belle2.yaml";

    /** Name a user card gives in {@code base:} to start from the bundled card. */
    public static final String BUNDLED_NAME = "belle2";

    private static final double PI_DEG = 180.0;

    private DetectorCardReader() {}

    /** Reads a card file. */
    public static DetectorCard read(Path file) {
        return parse(ConfigNode.readText(file, "the detector card"), file.toString());
    }

    /** Parses card text; {@code source} names it in error messages. */
    public static DetectorCard parse(String text, String source) {
        JsonNode tree = readTree(text, source);
        if (tree != null && tree.isObject() && tree.has("base")) {
            JsonNode base = tree.get("base");
            if (!base.isTextual() || !BUNDLED_NAME.equals(base.textValue())) {
                throw new InputException(source, "base", "expected '" + BUNDLED_NAME + "' (the bundled card)");
            }
            ObjectNode merged = (ObjectNode) readTree(bundledText(), BUNDLED_RESOURCE);
            ObjectNode overlay = ((ObjectNode) tree).deepCopy();
            overlay.remove("base");
            merge(merged, overlay);
            tree = merged;
        }
        return build(ConfigNode.root(tree, source, "the bundled belle2.yaml"), source, sha256(text));
    }

    /** The bundled Belle II card. */
    static DetectorCard bundled() {
        return parse(bundledText(), BUNDLED_RESOURCE);
    }

    private static String bundledText() {
        try (InputStream in = DetectorCardReader.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "bundled detector card missing from the class path: " + BUNDLED_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readTree(String text, String source) {
        return ConfigNode.parseYaml(text, source);
    }

    private static void merge(ObjectNode target, ObjectNode overlay) {
        Iterator<Map.Entry<String, JsonNode>> it = overlay.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode existing = target.get(e.getKey());
            if (existing != null && existing.isObject() && e.getValue().isObject()) {
                merge((ObjectNode) existing, (ObjectNode) e.getValue());
            } else {
                target.set(e.getKey(), e.getValue());
            }
        }
    }

    private static DetectorCard build(ConfigNode root, String source, String sha) {
        TrackingCard tracking = tracking(root.block("tracking"));
        EclCard ecl = ecl(root.block("ecl"));
        KlmCard klm = klm(root.block("klm"));
        PidCard pid = pid(root.block("pid"));
        TriggerCard trigger = trigger(root.block("trigger"));
        root.finish();
        return new DetectorCard(source, tracking, ecl, klm, pid, trigger, sha);
    }

    private static TrackingCard tracking(ConfigNode t) {
        ConfigNode acc = t.block("acceptance");
        double thMin = acc.degrees("thetaMinDeg", 0, PI_DEG);
        double thMax = acc.degrees("thetaMaxDeg", 0, PI_DEG);
        if (thMax <= thMin) {
            throw acc.error("thetaMaxDeg", "expected thetaMaxDeg > thetaMinDeg");
        }
        acc.finish();
        ConfigNode eff = t.block("efficiency");
        double plateau = eff.number("plateau", 0, 1);
        double ptHalf = eff.number("ptHalf", 0, 10);
        double ptWidth = eff.number("ptWidth", 1e-4, 10);
        eff.finish();
        ConfigNode res = t.block("resolution");
        double a = res.number("a", 0, 1);
        double b = res.number("b", 0, 1);
        res.finish();
        ConfigNode ang = t.block("angular");
        double ac = ang.number("constant", 0, 1);
        double ams = ang.number("multipleScattering", 0, 1);
        ang.finish();
        ConfigNode ip = t.block("impactParameter");
        double d0c = ip.number("d0Constant", 0, 10);
        double d0ms = ip.number("d0MultipleScattering", 0, 10);
        double z0c = ip.number("z0Constant", 0, 10);
        double z0ms = ip.number("z0MultipleScattering", 0, 10);
        ip.finish();
        ConfigNode f = t.block("fakes");
        double rate = f.number("rate", 0, 1);
        double ptMin = f.number("ptMin", 0.001, 100);
        double ptMax = f.number("ptMax", 0.001, 100);
        if (ptMax < ptMin) {
            throw f.error("ptMax", "expected ptMax >= ptMin");
        }
        double fd0 = f.number("d0Sigma", 0, 100);
        double fz0 = f.number("z0Sigma", 0, 100);
        f.finish();
        DisplacedTrackingCard displaced = displaced(t.block("displaced"));
        t.finish();
        return new TrackingCard(
                thMin, thMax, plateau, ptHalf, ptWidth, a, b, ac, ams, d0c, d0ms, z0c, z0ms, rate, ptMin, ptMax, fd0,
                fz0, displaced);
    }

    private static DisplacedTrackingCard displaced(ConfigNode d) {
        double prompt = d.number("promptRadius", 0, 1000);
        double vxd = d.number("vxdOuterRadius", 0, 1000);
        if (vxd < prompt) {
            throw d.error("vxdOuterRadius", "expected vxdOuterRadius >= promptRadius");
        }
        double edge = d.number("vxdEdgeEfficiency", 0, 1);
        double cdcIn = d.number("cdcInnerRadius", 0, 1000);
        if (cdcIn < vxd) {
            throw d.error("cdcInnerRadius", "expected cdcInnerRadius >= vxdOuterRadius");
        }
        double cdcOut = d.number("cdcOuterRadius", 0, 1000);
        if (cdcOut <= cdcIn) {
            throw d.error("cdcOuterRadius", "expected cdcOuterRadius > cdcInnerRadius");
        }
        int layers = d.integer("cdcLayers", 1, 1000);
        int minLayers = d.integer("minCdcLayers", 0, 1000);
        if (minLayers >= layers) {
            throw d.error("minCdcLayers", "expected minCdcLayers < cdcLayers");
        }
        d.finish();
        return new DisplacedTrackingCard(prompt, vxd, edge, cdcIn, cdcOut, layers, minLayers);
    }

    private static EclCard ecl(ConfigNode e) {
        ConfigNode r = e.block("regions");
        String[] keys = {
            "forwardMinDeg", "forwardMaxDeg", "barrelMinDeg", "barrelMaxDeg", "backwardMinDeg", "backwardMaxDeg"
        };
        double[] edges = new double[keys.length];
        for (int i = 0; i < keys.length; i++) {
            edges[i] = r.degrees(keys[i], 0, PI_DEG);
            if (i > 0 && edges[i] < edges[i - 1]) {
                throw r.error(keys[i], "expected region edges in increasing order (>= " + keys[i - 1] + ")");
            }
        }
        r.finish();
        ConfigNode er = e.block("energyResolution");
        double noise = er.number("noise", 0, 1);
        double stoch = er.number("stochastic", 0, 1);
        double cons = er.number("constant", 0, 1);
        er.finish();
        ConfigNode ar = e.block("angularResolution");
        double as = ar.number("stochastic", 0, 1);
        double ac = ar.number("constant", 0, 1);
        ar.finish();
        double photonEff = e.number("photonEfficiency", 0, 1);
        double minE = e.number("minimumEnergy", 0, 10);
        ConfigNode reach = e.block("chargedReach");
        double barrelMinPt = reach.number("barrelMinPt", 0, 10);
        double endcapMinP = reach.number("endcapMinP", 0, 10);
        reach.finish();
        ConfigNode mip = e.block("mip");
        double mipMean = mip.number("mean", 0, 5);
        double mipSigma = mip.number("sigma", 0, 5);
        mip.finish();
        ConfigNode had = e.block("hadronic");
        double hp = had.number("interactionProbability", 0, 1);
        double fMin = had.number("fractionMin", 0, 1);
        double fMax = had.number("fractionMax", 0, 1);
        if (fMax < fMin) {
            throw had.error("fractionMax", "expected fractionMax >= fractionMin");
        }
        had.finish();
        ConfigNode hits = e.block("hits");
        double hb = hits.number("showerBase", 1, 1000);
        double hs = hits.number("showerPerSqrtGeV", 0, 1000);
        double hm = hits.number("mip", 1, 1000);
        double hmax = hits.number("max", 1, 10000);
        hits.finish();
        ConfigNode tm = e.block("timing");
        double tc = tm.number("constant", 0, 1000);
        double ts = tm.number("stochastic", 0, 1000);
        tm.finish();
        ConfigNode th = e.block("photonThresholds");
        double tf = th.number("forward", 0, 10);
        double tb = th.number("barrel", 0, 10);
        double tbw = th.number("backward", 0, 10);
        th.finish();
        ConfigNode hep = e.block("highEnergyPhotons");
        double hpMin = hep.number("minEnergy", 0, 100);
        double hpIneff = hep.number("inefficiency", 0, 1);
        hep.finish();
        e.finish();
        return new EclCard(
                edges[0],
                edges[1],
                edges[2],
                edges[3],
                edges[4],
                edges[5],
                noise,
                stoch,
                cons,
                as,
                ac,
                photonEff,
                minE,
                barrelMinPt,
                endcapMinP,
                mipMean,
                mipSigma,
                hp,
                fMin,
                fMax,
                hb,
                hs,
                hm,
                hmax,
                tc,
                ts,
                tf,
                tb,
                tbw,
                hpMin,
                hpIneff);
    }

    private static KlmCard klm(ConfigNode k) {
        ConfigNode acc = k.block("acceptance");
        String[] keys = {"forwardMinDeg", "barrelMinDeg", "barrelMaxDeg", "backwardMaxDeg"};
        double[] edges = new double[keys.length];
        for (int i = 0; i < keys.length; i++) {
            edges[i] = acc.degrees(keys[i], 0, PI_DEG);
            if (i > 0 && edges[i] < edges[i - 1]) {
                throw acc.error(keys[i], "expected acceptance edges in increasing order (>= " + keys[i - 1] + ")");
            }
        }
        acc.finish();
        ConfigNode layers = k.block("layers");
        int barrel = layers.integer("barrel", 1, 100);
        int endcap = layers.integer("endcap", 1, 100);
        layers.finish();
        ConfigNode mu = k.block("muon");
        double barrelMinPt = mu.number("barrelMinPt", 0, 10);
        double minP = mu.number("minP", 0, 10);
        double pPerLayer = mu.number("pPerLayer", 1e-4, 10);
        mu.finish();
        ConfigNode pi = k.block("pion");
        double piProb = pi.number("probability", 0, 1);
        int piLayers = pi.integer("maxLayers", 1, 100);
        pi.finish();
        ConfigNode kl = k.block("klong");
        double pZero = kl.number("pZero", 0, 100);
        double pFull = kl.number("pFull", 0, 100);
        if (pFull <= pZero) {
            throw kl.error("pFull", "expected pFull > pZero");
        }
        double maxEff = kl.number("maxEfficiency", 0, 1);
        double klAng = kl.number("angularResolution", 0, 1);
        kl.finish();
        ConfigNode ph = k.block("photon");
        double phMinE = ph.number("minEnergy", 0, 100);
        double phEff = ph.number("efficiency", 0, 1);
        int phLayers = ph.integer("maxLayers", 1, 100);
        ph.finish();
        k.finish();
        return new KlmCard(
                edges[0],
                edges[1],
                edges[2],
                edges[3],
                barrel,
                endcap,
                barrelMinPt,
                minP,
                pPerLayer,
                piProb,
                piLayers,
                pZero,
                pFull,
                maxEff,
                klAng,
                phMinE,
                phEff,
                phLayers);
    }

    private static PidCard pid(ConfigNode p) {
        PidHypothesisCard muon = hypothesis(p.block("muon"), Species.MUON);
        PidHypothesisCard electron = hypothesis(p.block("electron"), Species.ELECTRON);
        PidHypothesisCard kaon = hypothesis(p.block("kaon"), Species.KAON);
        // The three working points are exclusive outcomes of one draw: their plateaus must fit in 1.
        for (Species s : Species.values()) {
            double sum = plateau(muon, Species.MUON, s)
                    + plateau(electron, Species.ELECTRON, s)
                    + plateau(kaon, Species.KAON, s);
            if (sum > 1) {
                throw p.error(
                        "",
                        "for true " + s.name().toLowerCase(java.util.Locale.ROOT)
                                + "s the muon, electron and kaon efficiencies/mis-ID rates add up to " + sum
                                + ", expected at most 1");
            }
        }
        p.finish();
        return new PidCard(muon, electron, kaon);
    }

    private static double plateau(PidHypothesisCard c, Species hypothesis, Species trueSpecies) {
        return trueSpecies == hypothesis ? c.efficiency() : c.misId(trueSpecies);
    }

    private static PidHypothesisCard hypothesis(ConfigNode h, Species species) {
        double wp = h.number("workingPoint", 0.5, 0.999);
        double eff = h.number("efficiency", 0, 1);
        double turnOnP = h.number("turnOnP", 0, 10);
        double turnOnWidth = h.number("turnOnWidth", 1e-4, 10);
        double thMin = h.degrees("thetaMinDeg", 0, PI_DEG);
        double thMax = h.degrees("thetaMaxDeg", 0, PI_DEG);
        if (thMax <= thMin) {
            throw h.error("thetaMaxDeg", "expected thetaMaxDeg > thetaMinDeg");
        }
        ConfigNode m = h.block("misId");
        double[] mis = new double[Species.COUNT];
        for (Species s : Species.values()) {
            if (s != species) {
                mis[s.ordinal()] = m.number(s.name().toLowerCase(java.util.Locale.ROOT), 0, 1);
            }
        }
        m.finish();
        h.finish();
        return new PidHypothesisCard(wp, eff, turnOnP, turnOnWidth, thMin, thMax, mis);
    }

    private static TriggerCard trigger(ConfigNode t) {
        ConfigNode two = t.block("twoTrack");
        double twoPt = two.number("minPt", 0, 10);
        double twoAngle = two.degrees("minOpeningAngleDeg", 0, PI_DEG);
        double twoEff = two.number("efficiency", 0, 1);
        two.finish();
        ConfigNode three = t.block("threeTrack");
        double threePt = three.number("minPt", 0, 10);
        double threeEff = three.number("efficiency", 0, 1);
        three.finish();
        ConfigNode ecl = t.block("eclEnergy");
        double eclMin = ecl.number("minEnergy", 0, 100);
        double eclEff = ecl.number("efficiency", 0, 1);
        ecl.finish();
        ConfigNode sp = t.block("singlePhoton");
        double spBarrel = sp.number("barrelMinEnergyCms", 0, 100);
        double spEndcap = sp.number("endcapMinEnergyCms", 0, 100);
        double spEff = sp.number("efficiency", 0, 1);
        sp.finish();
        ConfigNode sm = t.block("singleMuon");
        int smLayers = sm.integer("minLayers", 1, 100);
        double smEff = sm.number("efficiency", 0, 1);
        sm.finish();
        ConfigNode bv = t.block("bhabhaVeto");
        double bvE = bv.number("minEnergyCms", 0, 100);
        double bvAngle = bv.degrees("maxAcollinearityDeg", 0, PI_DEG);
        bv.finish();
        t.finish();
        return new TriggerCard(
                twoPt, twoAngle, twoEff, threePt, threeEff, eclMin, eclEff, spBarrel, spEndcap, spEff, smLayers, smEff,
                bvE, bvAngle);
    }

    private static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}
