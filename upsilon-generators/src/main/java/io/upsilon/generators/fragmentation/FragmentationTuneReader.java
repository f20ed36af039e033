package io.upsilon.generators.fragmentation;

import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.error.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Reads a fragmentation tune (YAML, the layout of the bundled {@code belle2-tune.yaml}). Every key
 * is required, unknown keys are errors, and every number must lie in its physical range; each
 * problem is an {@link InputException} naming the file, the YAML path (e.g. {@code
 * stringZ.aLund}) and what was expected.
 */
public final class FragmentationTuneReader {
    /** Class-path location of the bundled Belle II tune. */
    public static final String BUNDLED_RESOURCE = "io/upsilon/generators/fragmentation/belle2-tune.yaml";

    private static final double BIG = 1e3;

    private FragmentationTuneReader() {}

    /** The bundled Belle II tune. */
    public static FragmentationTune belle2() {
        return Bundled.TUNE;
    }

    /** Read once (the tune is immutable): every generator of a run asks for it. */
    private static final class Bundled {
        static final FragmentationTune TUNE = load();

        private static FragmentationTune load() {
            try (InputStream in =
                    FragmentationTuneReader.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("bundled tune missing from the class path: " + BUNDLED_RESOURCE);
                }
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUNDLED_RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reads a tune file. */
    public static FragmentationTune read(Path file) {
        return parse(ConfigNode.readText(file, "the fragmentation tune"), file.toString());
    }

    /** Parses tune text; {@code source} names it in error messages. */
    public static FragmentationTune parse(String text, String source) {
        ConfigNode root = ConfigNode.root(ConfigNode.parseYaml(text, source), source, "the bundled belle2-tune.yaml");
        ConfigNode z = root.block("stringZ");
        double aLund = z.number("aLund", 0, 10);
        double bLund = z.number("bLund", 1e-3, 10);
        double aExtraS = z.number("aExtraSQuark", 0, 10);
        double aExtraQQ = z.number("aExtraDiquark", 0, 10);
        double rFactC = z.number("rFactC", 0, 10);
        z.finish();
        ConfigNode pt = root.block("stringPT");
        double sigma = pt.number("sigma", 0, 5);
        double enhancedFraction = pt.number("enhancedFraction", 0, 1);
        double enhancedWidth = pt.number("enhancedWidth", 1, 10);
        pt.finish();
        ConfigNode f = root.block("stringFlav");
        double probStoUD = f.number("probStoUD", 0, BIG);
        double probQQtoQ = f.number("probQQtoQ", 0, BIG);
        double probSQtoQQ = f.number("probSQtoQQ", 0, BIG);
        double probQQ1toQQ0 = f.number("probQQ1toQQ0", 0, BIG);
        double udV = f.number("mesonUDvector", 0, BIG);
        double sV = f.number("mesonSvector", 0, BIG);
        double cV = f.number("mesonCvector", 0, BIG);
        double c01 = f.number("mesonCL1S0J1", 0, BIG);
        double c10 = f.number("mesonCL1S1J0", 0, BIG);
        double c11 = f.number("mesonCL1S1J1", 0, BIG);
        double c12 = f.number("mesonCL1S1J2", 0, BIG);
        double etaSup = f.number("etaSup", 0, 1);
        double etaPrimeSup = f.number("etaPrimeSup", 0, 1);
        if (etaSup == 0 && etaPrimeSup == 0) {
            throw f.error("etaPrimeSup", "etaSup and etaPrimeSup cannot both be 0 (s sbar would make no pseudoscalar)");
        }
        double thetaPS = f.number("thetaPS", -90, 90);
        double thetaV = f.number("thetaV", -90, 90);
        if (!f.has("popcorn")) {
            throw f.error("popcorn", "missing: expected true or false (popcorn baryon production on or off)");
        }
        SpinFlavourBaryons baryons = new SpinFlavourBaryons(
                f.number("decupletSup", 0, 1),
                f.bool("popcorn", true),
                f.number("popcornRate", 0, BIG),
                f.number("popcornSpair", 0, 1),
                f.number("popcornSmeson", 0, 1));
        f.finish();
        ConfigNode stop = root.block("stringFragmentation");
        double stopMass = stop.number("stopMass", 0, 10);
        double stopNewFlav = stop.number("stopNewFlav", 0, 10);
        double stopSmear = stop.number("stopSmear", 0, 0.99);
        stop.finish();
        ConfigNode hl = root.block("hadronLevel");
        double mStringMin = hl.number("mStringMin", 0, 10);
        hl.finish();
        ConstituentMasses masses = masses(root.block("constituentMasses"));
        root.finish();
        return new FragmentationTune(
                aLund,
                bLund,
                aExtraS,
                aExtraQQ,
                rFactC,
                sigma,
                enhancedFraction,
                enhancedWidth,
                probStoUD,
                probQQtoQ,
                probSQtoQQ,
                probQQ1toQQ0,
                udV,
                sV,
                cV,
                c01,
                c10,
                c11,
                c12,
                etaSup,
                etaPrimeSup,
                thetaPS,
                thetaV,
                stopMass,
                stopNewFlav,
                stopSmear,
                mStringMin,
                baryons,
                masses);
    }

    private static ConstituentMasses masses(ConfigNode node) {
        ConfigNode q = node.block("quarks");
        double d = q.number("d", 1e-3, 10);
        double u = q.number("u", 1e-3, 10);
        double s = q.number("s", 1e-3, 10);
        double c = q.number("c", 1e-3, 10);
        double b = q.number("b", 1e-3, 20);
        q.finish();
        ConfigNode qq = node.block("diquarks");
        double dd1 = qq.number("dd1", 1e-3, 10);
        double ud0 = qq.number("ud0", 1e-3, 10);
        double ud1 = qq.number("ud1", 1e-3, 10);
        double uu1 = qq.number("uu1", 1e-3, 10);
        double sd0 = qq.number("sd0", 1e-3, 10);
        double sd1 = qq.number("sd1", 1e-3, 10);
        double su0 = qq.number("su0", 1e-3, 10);
        double su1 = qq.number("su1", 1e-3, 10);
        double ss1 = qq.number("ss1", 1e-3, 10);
        qq.finish();
        node.finish();
        return new ConstituentMasses(d, u, s, c, b, dd1, ud0, ud1, uu1, sd0, sd1, su0, su1, ss1);
    }
}
