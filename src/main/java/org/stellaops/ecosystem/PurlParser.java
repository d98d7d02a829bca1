// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.ecosystem;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads package URLs as packageurl-java 1.5.0 does, quickly for the plain ones.
 *
 * <p>Why not the library alone: a scan reads every purl of every SBOM, and the library goes
 * through {@code java.net.URI}, regular expressions, streams and a TreeMap for each, which was
 * a quarter of the matcher's time per package (benchmarks/README.md, "Where matching time
 * goes"). The library stays the reference: this class parses by hand only purls of the types
 * below made of plain characters (ASCII percent escapes allowed, no subpath, no authority, well
 * formed qualifiers), applying the library's rules for those types, and hands everything else
 * to the library, errors included. {@code PurlParserTest} compares the two on every purl of
 * the corpus SBOMs and advisories and on mutated variants of them.
 */
public final class PurlParser {

    /** Types whose rules this class applies; the test shows it agrees with the library. */
    private static final Set<String> FAST_TYPES = Set.of("npm", "rpm", "golang", "maven", "deb",
            "composer", "gem", "pypi", "cargo", "hex", "nuget", "apk", "bitnami", "pub", "swift");

    /** The ASCII characters a plain purl may hold as they are ('%' is checked apart). */
    private static final boolean[] PLAIN = new boolean[128];

    static {
        for (char c = '!'; c < 0x7f; c++) {
            PLAIN[c] = "\"#<>\\^`{|}[]".indexOf(c) < 0;
        }
    }

    private PurlParser() {
    }

    /** The parts of a purl, or the library's exception saying why it is malformed. */
    public static PurlParts parse(String purl) throws MalformedPackageURLException {
        PurlParts fast = plain(purl);
        if (fast != null) {
            return fast;
        }
        PackageURL parsed = new PackageURL(purl);
        Map<String, String> qualifiers = parsed.getQualifiers();
        return new PurlParts(parsed.getType(), parsed.getNamespace(), parsed.getName(),
                parsed.getVersion(), qualifiers == null ? Map.of() : qualifiers,
                parsed.getSubpath());
    }

    /** The parts of a plain purl, or null to leave it to the library. */
    static PurlParts plain(String purl) {
        if (!purl.startsWith("pkg:") || !plainCharacters(purl)) {
            return null;
        }
        int end = purl.length();
        Map<String, String> qualifiers = Map.of();
        int question = purl.lastIndexOf('?');
        if (question >= 0) {
            qualifiers = qualifiers(purl, question + 1, end);
            if (qualifiers == null) {
                return null;
            }
            end = question;
        }
        int start = 4;
        if (end <= start || purl.charAt(start) == '/' || purl.charAt(end - 1) == '/') {
            return null;
        }
        int slash = purl.indexOf('/', start);
        if (slash < 0 || slash >= end) {
            return null;
        }
        String type = purl.substring(start, slash);
        if (!FAST_TYPES.contains(type)) {
            return null;
        }
        start = slash + 1;
        String version = null;
        int at = purl.lastIndexOf('@', end - 1);
        if (at >= start) {
            version = decode(purl, at + 1, end);
            end = at;
        }
        int last = purl.lastIndexOf('/', end - 1);
        String namespace = null;
        String name;
        if (last < start) {
            name = decode(purl, start, end);
        } else {
            name = decode(purl, last + 1, end);
            namespace = namespace(purl, start, last);
            if (namespace == null) {
                return null;
            }
        }
        if (version == null && at >= start || name == null || name.isEmpty()) {
            return null;
        }
        return normalized(type, namespace, name, version, qualifiers);
    }

    private static PurlParts normalized(String type, String namespace, String name,
            String version, Map<String, String> qualifiers) {
        switch (type) {
            case "deb":
            case "golang":
                namespace = namespace == null ? null : namespace.toLowerCase(Locale.ROOT);
                name = name.toLowerCase(Locale.ROOT);
                break;
            case "rpm":
                namespace = namespace == null ? null : namespace.toLowerCase(Locale.ROOT);
                break;
            case "pypi":
                name = name.replace('_', '-').toLowerCase(Locale.ROOT);
                break;
            case "maven":
                if (namespace == null) {
                    return null;
                }
                break;
            default:
                break;
        }
        return new PurlParts(type, namespace, name, version, qualifiers, null);
    }

    /**
     * Printable ASCII but for the characters a URI refuses or that need the library's reading:
     * space, {@code "#<>\^`{|}[]}, and {@code %} unless it starts an escape {@link #decode}
     * can take.
     */
    private static boolean plainCharacters(String purl) {
        for (int i = 0; i < purl.length(); i++) {
            char c = purl.charAt(i);
            if (c >= 0x80 || !PLAIN[c]) {
                return false;
            }
            if (c == '%' && escaped(purl, i) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The ASCII character {@code %XX} at {@code i} stands for, or -1: none, or not plain. */
    private static int escaped(String text, int i) {
        if (i + 2 >= text.length()) {
            return -1;
        }
        int high = Character.digit(text.charAt(i + 1), 16);
        int low = Character.digit(text.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
            return -1;
        }
        int c = high * 16 + low;
        // beyond ASCII a byte is part of a UTF-8 sequence; '/' would split a path segment;
        // control characters are left to the library too
        return c >= 0x20 && c < 0x7f && c != '/' ? c : -1;
    }

    /** Decodes {@code text[from, to)}; null when an escape is cut by {@code to}. */
    private static String decode(String text, int from, int to) {
        int percent = text.indexOf('%', from);
        if (percent < 0 || percent >= to) {
            return text.substring(from, to);
        }
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= to) {
                    return null;
                }
                out.append((char) escaped(text, i));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The namespace's segments joined by '/'; null when one is empty, "." or "..". */
    private static String namespace(String text, int from, int to) {
        String decoded = decode(text, from, to);
        if (decoded == null) {
            return null;
        }
        int segment = 0;
        while (segment <= decoded.length()) {
            int next = decoded.indexOf('/', segment);
            next = next < 0 ? decoded.length() : next;
            String part = decoded.substring(segment, next);
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return null;
            }
            segment = next + 1;
        }
        return decoded;
    }

    /**
     * The qualifiers of {@code text[from, to)}: every part {@code key=value} with a lower-case
     * key the library accepts and a value; null for anything else (empty parts, parts without
     * a value, repeated keys), which the library reads or refuses in its own way.
     */
    private static Map<String, String> qualifiers(String text, int from, int to) {
        Map<String, String> qualifiers = new HashMap<>(8);
        int part = from;
        while (part < to) {
            int amp = text.indexOf('&', part);
            amp = amp < 0 || amp > to ? to : amp;
            int eq = text.indexOf('=', part);
            if (eq < 0 || eq >= amp || eq == part || eq == amp - 1) {
                return null;
            }
            String key = text.substring(part, eq);
            if (!plainKey(key)) {
                return null;
            }
            String value = decode(text, eq + 1, amp);
            if (value == null || value.isEmpty() || qualifiers.put(key, value) != null) {
                return null;
            }
            part = amp + 1;
            if (amp == to - 1) {
                return null;
            }
        }
        return qualifiers;
    }

    private static boolean plainKey(String key) {
        if (key.charAt(0) >= '0' && key.charAt(0) <= '9') {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-'
                    || c == '_';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
