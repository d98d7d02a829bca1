// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Draws a list of real package versions from OSV archives, for the matching benchmarks and the
 * synthetic SBOMs of the scan benchmark (see {@link OsvPurls} for what a candidate is).
 *
 * <p>The candidates are ordered by the SHA-256 of their text and the first {@code --count}
 * are written, one purl a line. That draw is deterministic (same corpus, same file, byte for
 * byte) and mixes ecosystems in proportion to how many candidate versions each has, so any
 * prefix of the list is as mixed as the whole. Fewer candidates than {@code --count} is an
 * error, not a shorter list.
 *
 * <p>Usage: {@code CorpusPurls --out FILE --count N INPUT...}, where an input is an OSV zip
 * or a folder searched for zips. The per-ecosystem breakdown goes to standard error.
 */
public final class CorpusPurls {

    private CorpusPurls() {
    }

    public static void main(String[] args) throws IOException {
        Path out = null;
        int count = 20_000;
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--count" -> count = Integer.parseInt(args[++i]);
                default -> inputs.add(Path.of(args[i]));
            }
        }
        if (out == null || inputs.isEmpty()) {
            throw new IllegalArgumentException(
                    "usage: CorpusPurls --out FILE --count N INPUT...");
        }
        List<String> purls = draw(inputs, count);
        Path folder = Files.createDirectories(out.toAbsolutePath().getParent());
        // written aside and renamed, so an interrupted run never leaves a short list behind
        Path partial = Files.createTempFile(folder, "purls", ".partial");
        Files.write(partial, purls, StandardCharsets.UTF_8);
        Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        System.err.println("wrote " + purls.size() + " purls to " + out + " " + byType(purls));
    }

    /** The first {@code count} distinct candidate purls of {@code inputs} in digest order. */
    static List<String> draw(List<Path> inputs, int count) throws IOException {
        ObjectMapper json = new ObjectMapper();
        OsvPurls osv = new OsvPurls();
        TreeSet<String> candidates = new TreeSet<>();
        for (Path archive : OsvArchives.findArchives(inputs)) {
            OsvArchives.readEntries(archive, (name, content) ->
                    osv.collect(json.readTree(content), candidates));
        }
        System.err.println("candidates: " + candidates.size() + "; affected packages without a "
                + "purl type: " + osv.untyped() + "; purls not mapping back: " + osv.mismatched());
        if (candidates.size() < count) {
            throw new IOException(inputs + " give " + candidates.size()
                    + " distinct purls, fewer than the " + count + " asked for");
        }
        List<String> ordered = new ArrayList<>(candidates);
        Map<String, String> keys = new HashMap<>(candidates.size() * 2);
        ordered.forEach(p -> keys.put(p, digestOf(p)));
        ordered.sort(Comparator.comparing(keys::get));
        return List.copyOf(ordered.subList(0, count));
    }

    private static String digestOf(String purl) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(purl.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Counts by {@link #typeOf}. */
    static Map<String, Integer> byType(List<String> purls) {
        Map<String, Integer> counts = new TreeMap<>();
        purls.forEach(purl -> counts.merge(typeOf(purl), 1, Integer::sum));
        return counts;
    }

    /** The purl type, for distro purls with the distro qualifier: {@code rpm:almalinux-9}. */
    static String typeOf(String purl) {
        String type = purl.substring(4, purl.indexOf('/'));
        int distro = purl.indexOf("distro=");
        if (distro > 0) {
            int end = purl.indexOf('&', distro);
            type += ":" + purl.substring(distro + 7, end < 0 ? purl.length() : end);
        }
        return type;
    }
}
