// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Loads an SBOM from a file or standard input ({@code -}): digests the bytes, detects the
 * format by content unless told, and reads it. Standard input is spooled to a temporary file
 * first, since detection and reading each need a pass over the bytes.
 */
public final class SbomLoader {

    /** Largest SBOM accepted: well above real SBOMs, well below what would exhaust a disk. */
    public static final long MAX_BYTES = 2L << 30;

    private SbomLoader() {
    }

    /**
     * @param target a path, or {@code -} for standard input
     * @param sbomType {@code auto} or a {@link SbomFormat#option()} value
     */
    public static LoadedSbom load(String target, String sbomType, InputStream stdin)
            throws SbomException {
        Path file = null;
        boolean spooled = target.equals("-");
        try {
            file = spooled ? spool(stdin) : Path.of(target);
            return load(file, target, sbomType);
        } catch (IOException e) {
            throw new SbomException(target + ": cannot read: " + e.getMessage());
        } finally {
            if (spooled && file != null) {
                file.toFile().delete();
            }
        }
    }

    /**
     * Loads the SBOM in {@code file}, naming it {@code origin} in the result and in errors: the
     * server spools uploads to a file and names them as the command line names standard input.
     */
    public static LoadedSbom load(Path file, String origin, String sbomType)
            throws SbomException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new SbomException(origin + ": no such SBOM file");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new SbomException(origin + ": larger than the limit of " + MAX_BYTES
                    + " bytes");
        }
        String digest = digest(file);
        SbomFormat format = formatOf(file, origin, sbomType);
        try (InputStream in = Files.newInputStream(file)) {
            return new LoadedSbom(origin, digest, format,
                    SbomReaders.forFormat(format).read(in, origin));
        }
    }

    private static SbomFormat formatOf(Path file, String origin, String sbomType)
            throws SbomException {
        String type = sbomType == null ? "auto" : sbomType.toLowerCase(Locale.ROOT);
        if (type.equals("auto")) {
            return SbomDetector.detect(file, origin);
        }
        if (type.equals("spdx-json")) {
            // covers SPDX 2.3 JSON and SPDX 3.0.1 JSON-LD, told apart by content
            SbomFormat detected = detectOrNull(file, origin);
            return detected == SbomFormat.SPDX3_JSON_LD ? detected : SbomFormat.SPDX_JSON;
        }
        for (SbomFormat format : SbomFormat.values()) {
            if (format.option().equals(type)) {
                return format;
            }
        }
        throw new SbomException("--sbom-type must be auto, cyclonedx-json, cyclonedx-xml, "
                + "spdx-json, spdx-tag-value or trivy-json-v2, not '" + sbomType + "'");
    }

    private static SbomFormat detectOrNull(Path file, String origin) {
        try {
            return SbomDetector.detect(file, origin);
        } catch (SbomException e) {
            return null;
        }
    }

    /** Copies standard input to a temporary file, within the size limit; the caller deletes it. */
    public static Path spool(InputStream stdin) throws IOException, SbomException {
        Path file = Files.createTempFile("stella-sbom-", ".in");
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            for (int n = stdin.read(buffer); n >= 0; n = stdin.read(buffer)) {
                total += n;
                if (total > MAX_BYTES) {
                    throw new SbomException("-: standard input exceeds the limit of " + MAX_BYTES
                            + " bytes");
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | SbomException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }

    private static String digest(Path file) throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return "sha256:" + HexFormat.of().formatHex(sha256.digest());
    }
}
