// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.scan;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.stellaops.sbom.LoadedSbom;
import org.stellaops.sbom.SbomComponent;
import org.stellaops.sbom.SbomLoader;

/**
 * Benchmark input: the package versions real SBOMs hold. Reads every SBOM of the corpus that
 * loads, decides each component's purl as a scan does ({@link ComponentPurls}), and writes the
 * distinct purls with a version, ordered by the SHA-256 of their text (a deterministic draw that
 * mixes the SBOMs), cut at COUNT. Lives beside {@link ComponentPurls} because that is
 * package-private.
 *
 * <p>Usage: {@code CorpusSbomPurls SBOM_DIR OUT COUNT}. Prints how many SBOMs loaded and how
 * many distinct purls they gave.
 */
public final class CorpusSbomPurls {

    private CorpusSbomPurls() {
    }

    public static void main(String[] args) throws Exception {
        TreeMap<String, String> bySha = new TreeMap<>();
        int loaded = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (Path file : files) {
            LoadedSbom sbom;
            try {
                sbom = SbomLoader.load(file.toString(), "auto", null);
            } catch (Exception e) {
                continue;
            }
            loaded++;
            for (SbomComponent component : sbom.sbom().components()) {
                String purl = ComponentPurls.resolve(component, sbom.sbom().os()).purl();
                if (purl != null && purl.contains("@")) {
                    byte[] digest = sha.digest(purl.getBytes(StandardCharsets.UTF_8));
                    bySha.putIfAbsent(HexFormat.of().formatHex(digest), purl);
                }
            }
        }
        int count = Integer.parseInt(args[2]);
        List<String> out = new ArrayList<>(bySha.values());
        Files.write(Path.of(args[1]), out.subList(0, Math.min(count, out.size())));
        System.err.println("sboms loaded: " + loaded + " of " + files.size()
                + "; distinct purls: " + out.size() + "; written: "
                + Math.min(count, out.size()));
    }
}
