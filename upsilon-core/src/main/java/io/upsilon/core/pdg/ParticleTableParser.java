package io.upsilon.core.pdg;

import io.upsilon.core.error.InputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the text format of {@link ParticleTable}; every error is an {@link InputException}. */
final class ParticleTableParser {
    /** Column names, in order. */
    static final List<String> COLUMNS = List.of("id", "name", "anti", "mass", "width", "ctau", "charge", "twoJ");

    /** Largest accepted 2J: far above any known particle, guards against nonsense. */
    private static final int MAX_TWO_J = 100;

    private final String source;
    private final List<ParticleData> particles = new ArrayList<>();
    private final Map<Integer, Integer> lineOfId = new HashMap<>();
    private final Map<String, Integer> lineOfName = new HashMap<>();

    private ParticleTableParser(String source) {
        this.source = source;
    }

    static List<ParticleData> parse(Reader reader, String source) {
        ParticleTableParser parser = new ParticleTableParser(source);
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        int lineNumber = 0;
        try {
            String line;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                parser.parseLine(line, lineNumber);
            }
        } catch (IOException e) {
            throw new InputException(source, "line " + (lineNumber + 1), "cannot read particle table: " + e, e);
        }
        if (parser.particles.isEmpty()) {
            throw new InputException(source, "", "particle table has no particles (only comments or blank lines)");
        }
        return parser.particles;
    }

    private void parseLine(String rawLine, int lineNumber) {
        String line = rawLine.strip();
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        String where = "line " + lineNumber;
        String[] f = line.split("[\\t ]+");
        if (f.length != COLUMNS.size()) {
            throw new InputException(
                    source,
                    where,
                    "expected " + COLUMNS.size() + " columns " + COLUMNS + " separated by tabs, found " + f.length);
        }
        int id = parseId(f[0], where);
        String name = checkName(f[1], "name", where);
        String anti = checkName(f[2], "anti", where);
        double mass = parseNumber(f[3], "mass", where, false);
        double width = parseNumber(f[4], "width", where, true);
        double cTau = parseNumber(f[5], "ctau", where, true);
        double charge = parseCharge(f[6], where);
        int twoJ = parseTwoJ(f[7], where);
        boolean selfConjugate = anti.equals(name);
        if (selfConjugate && charge != 0) {
            throw new InputException(
                    source,
                    where,
                    "column 'anti' equals 'name' (self-conjugate) but charge is " + f[6] + "; expected charge 0");
        }
        double lifetime = Double.isNaN(cTau) ? ParticleData.lifetimeFromWidth(width) : cTau / ParticleData.C_CM_PER_S;
        if (Double.isNaN(cTau)) {
            cTau = lifetime * ParticleData.C_CM_PER_S;
        }
        ParticleData p;
        try {
            p = new ParticleData(
                    id, name, mass, width, lifetime, cTau, charge + 0.0, twoJ / 2.0, selfConjugate ? id : -id);
        } catch (IllegalArgumentException e) {
            throw new InputException(source, where, e.getMessage(), e);
        }
        add(p, lineNumber);
        if (!selfConjugate) {
            add(p.conjugate(anti), lineNumber);
        }
    }

    /** Names may hold any character but whitespace (the column separator) and control characters. */
    private String checkName(String text, String column, String where) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                throw new InputException(
                        source,
                        where,
                        "column '" + column
                                + "': expected a particle name without spaces or control characters, found '" + text
                                + "'");
            }
        }
        return text;
    }

    private void add(ParticleData p, int lineNumber) {
        Integer previous = lineOfId.putIfAbsent(p.id(), lineNumber);
        if (previous != null) {
            throw new InputException(
                    source,
                    "line " + lineNumber,
                    "PDG id " + p.id() + " (" + p.name() + ") is already defined on line " + previous
                            + " (each line defines a particle and its antiparticle with id -id)");
        }
        previous = lineOfName.putIfAbsent(p.name(), lineNumber);
        if (previous != null) {
            throw new InputException(
                    source,
                    "line " + lineNumber,
                    "particle name '" + p.name() + "' is already defined on line " + previous);
        }
        particles.add(p);
    }

    private int parseId(String text, String where) {
        int id;
        try {
            id = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InputException(source, where, "column 'id': expected an integer PDG id, found '" + text + "'");
        }
        if (id == 0 || id == Integer.MIN_VALUE) {
            throw new InputException(source, where, "column 'id': expected a non-zero PDG id, found " + text);
        }
        return id;
    }

    /** A finite number >= 0; with {@code dashAllowed}, "-" gives NaN ("not known" / "derive"). */
    private double parseNumber(String text, String column, String where, boolean dashAllowed) {
        if (dashAllowed && text.equals("-")) {
            return Double.NaN;
        }
        String expected = "column '" + column + "': expected a finite number >= 0" + (dashAllowed ? " or '-'" : "")
                + ", found '" + text + "'";
        double value;
        try {
            value = parseDecimal(text);
        } catch (NumberFormatException e) {
            throw new InputException(source, where, expected);
        }
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new InputException(source, where, expected);
        }
        return value;
    }

    /** Plain decimal numbers only: Java's parser would also accept "NaN", "Infinity", "1d", hex. */
    private static double parseDecimal(String text) {
        if (!text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            throw new NumberFormatException(text);
        }
        return Double.parseDouble(text);
    }

    private double parseCharge(String text, String where) {
        String expected =
                "column 'charge': expected a charge in units of e such as -1, 0, +1, 2/3 or -1/3, found '" + text + "'";
        try {
            int slash = text.indexOf('/');
            double value;
            if (slash < 0) {
                value = parseDecimal(text);
            } else {
                int num = Integer.parseInt(text.substring(0, slash));
                int den = Integer.parseInt(text.substring(slash + 1));
                if (den <= 0) {
                    throw new InputException(source, where, expected + " (denominator must be > 0)");
                }
                value = (double) num / den;
            }
            if (!Double.isFinite(value) || Math.abs(value) > 1000) {
                throw new InputException(source, where, expected);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InputException(source, where, expected);
        }
    }

    private int parseTwoJ(String text, String where) {
        String expected = "column 'twoJ': expected twice the spin as an integer 0.." + MAX_TWO_J
                + " (1 for spin 1/2), found '" + text + "'";
        try {
            int twoJ = Integer.parseInt(text);
            if (twoJ < 0 || twoJ > MAX_TWO_J) {
                throw new InputException(source, where, expected);
            }
            return twoJ;
        } catch (NumberFormatException e) {
            throw new InputException(source, where, expected);
        }
    }
}
