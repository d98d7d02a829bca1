// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads VEX documents into the model: OpenVEX, CSAF 2.0 and CycloneDX (JSON or XML), the format
 * told by content. Every document is validated against its official schema before anything is
 * read from it; a document that cannot be used raises a {@link VexException} naming the
 * document, the position (JSON Pointer, or line and column) and the reason. What does not stop
 * a document being used is a {@link VexWarning} on it.
 */
public final class VexLoader {

    private static final Logger LOG = LoggerFactory.getLogger(VexLoader.class);

    private VexLoader() {
    }

    /** Reads one document; {@code origin} is how errors and sources name it. */
    public static VexDocument read(String origin, byte[] bytes) throws VexException {
        if (CycloneDxVexXml.looksLikeXml(bytes)) {
            String namespace = CycloneDxVexXml.rootNamespace(origin, bytes);
            if (!namespace.startsWith(CycloneDxVexXml.NAMESPACE)) {
                throw new VexException(origin, null, "XML in namespace '" + namespace
                        + "' is no VEX format read here (only CycloneDX XML is)");
            }
            return CycloneDxVexReader.readXml(origin, bytes, namespace);
        }
        JsonNode tree = VexJson.parse(origin, bytes);
        VexFormat format = VexDetector.formatOf(tree);
        if (format == null) {
            throw new VexException(origin, null, "not a VEX document: no OpenVEX @context, "
                    + "CSAF document.csaf_version or CycloneDX bomFormat");
        }
        return switch (format) {
            case OPENVEX -> OpenVexReader.read(origin, bytes, tree);
            case CSAF -> CsafVexReader.read(origin, bytes, tree);
            case CYCLONEDX -> CycloneDxVexReader.readJson(origin, bytes, tree);
        };
    }

    /**
     * Reads files and directories (see {@link VexFiles} for which files a directory gives and
     * in what order); stops at the first document that cannot be used.
     */
    /** The files {@link #readAll} reads for these files and directories, in its order. */
    public static List<Path> filesOf(List<Path> filesOrDirs) throws VexException {
        return VexFiles.expand(filesOrDirs);
    }

    /** A file's bytes, within the size limit every VEX document has. */
    public static byte[] bytesOf(Path file) throws VexException {
        return VexFiles.read(file);
    }

    public static List<VexDocument> readAll(List<Path> filesOrDirs) throws VexException {
        List<VexDocument> documents = new ArrayList<>();
        for (Path file : VexFiles.expand(filesOrDirs)) {
            VexDocument document = read(file.toString(), VexFiles.read(file));
            LOG.debug("VEX document read (origin: {}, format: {}, statements: {}, warnings: {})",
                    file, document.format().label(), document.statements().size(),
                    document.warnings().size());
            documents.add(document);
        }
        return documents;
    }

    /**
     * The VEX statements embedded in a CycloneDX SBOM ({@code vulnerabilities[].analysis}):
     * empty when it has none or is no CycloneDX. An SBOM that cannot be read as CycloneDX VEX
     * is logged and gives none: without its statements the findings simply stay open.
     */
    public static Optional<VexDocument> embeddedIn(String origin, byte[] sbomBytes) {
        try {
            if (!isCycloneDx(origin, sbomBytes)) {
                return Optional.empty();
            }
            VexDocument document = read(origin, sbomBytes);
            return document.statements().isEmpty() ? Optional.empty() : Optional.of(document);
        } catch (VexException e) {
            LOG.warn("VEX statements in the SBOM not used (origin: {}, reason: {})", origin,
                    e.getMessage());
            return Optional.empty();
        }
    }

    private static boolean isCycloneDx(String origin, byte[] bytes) throws VexException {
        if (CycloneDxVexXml.looksLikeXml(bytes)) {
            return CycloneDxVexXml.rootNamespace(origin, bytes)
                    .startsWith(CycloneDxVexXml.NAMESPACE);
        }
        return VexDetector.formatOf(VexJson.parse(origin, bytes)) == VexFormat.CYCLONEDX;
    }
}
