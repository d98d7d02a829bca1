// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

/**
 * Reads SPDX 2.0 to 2.3 tag-value into the same model as {@link SpdxJsonReader}: a
 * {@code PackageName} line opens a package and the package tags that follow fill it, up to the
 * next {@code PackageName}, {@code FileName}, {@code SnippetSPDXID} or {@code LicenseID};
 * {@code Relationship: A TYPE B} lines may stand anywhere. Annotations are tied to their
 * element by {@code SPDXREF}. Read line by line ({@link SpdxTagValueLines}), so memory grows
 * with the packages kept, not the text.
 *
 * <p>Errors name the line: a line that is not {@code Tag: value}, an unclosed {@code <text>},
 * a malformed relationship, checksum or external ref, an unsupported SPDXVersion. Tags this
 * model has no place for are skipped. Hand-written for the reason {@link SpdxJsonReader}
 * gives; the shortcomings it names apply here too.
 */
final class SpdxTagValueReader implements SbomReader {

    private static final Pattern SUPPORTED = Pattern.compile("SPDX-2\\.[0-3]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Override
    public Sbom read(InputStream in, String origin) throws SbomException {
        try {
            return new Document(new SpdxTagValueLines(in, origin), origin).read();
        } catch (IOException e) {
            throw new SbomException(origin + ": cannot read: " + e.getMessage());
        }
    }

    /** The state of one document being read. */
    private static final class Document {
        private final SpdxTagValueLines lines;
        private final SpdxAssembler assembler;
        private final SpdxHashes hashes = new SpdxHashes();
        private SpdxPackage pkg;
        private String annotationRef;
        private String annotationText;
        private String version;
        private String name;
        private String created;

        Document(SpdxTagValueLines lines, String origin) {
            this.lines = lines;
            this.assembler = new SpdxAssembler(origin);
        }

        Sbom read() throws IOException, SbomException {
            for (var entry = lines.next(); entry != null; entry = lines.next()) {
                take(entry);
            }
            closePackage();
            closeAnnotation();
            if (version == null) {
                throw new SbomException(assembler.origin()
                        + ": not an SPDX tag-value document: no SPDXVersion line");
            }
            assembler.warn(hashes.warning(assembler.origin()));
            return assembler.build(SbomFormat.SPDX_TAG_VALUE, version, name, created);
        }

        private void take(SpdxTagValueLines.Entry entry) throws SbomException {
            String value = entry.value();
            switch (entry.tag()) {
                case "SPDXVersion":
                    if (!SUPPORTED.matcher(value).matches()) {
                        throw lines.failure(entry.line(), "unsupported SPDXVersion '" + value
                                + "': SPDX-2.0 to SPDX-2.3 are read as tag-value");
                    }
                    version = value;
                    break;
                case "DocumentName":
                    name = value;
                    break;
                case "Created":
                    created = value;
                    break;
                case "PackageName":
                    closePackage();
                    pkg = new SpdxPackage();
                    pkg.name = value;
                    break;
                case "FileName":
                case "SnippetSPDXID":
                case "LicenseID":
                    closePackage();
                    break;
                case "Relationship":
                    relate(entry);
                    break;
                case "Annotator":
                    closeAnnotation();
                    break;
                case "AnnotationComment":
                    annotationText = value;
                    break;
                case "SPDXREF":
                    annotationRef = value;
                    break;
                default:
                    if (pkg != null) {
                        SpdxTagValuePackages.take(pkg, entry, hashes, lines);
                    }
                    break;
            }
        }

        private void relate(SpdxTagValueLines.Entry entry) throws SbomException {
            String[] parts = SPACES.split(entry.value(), 4);
            if (parts.length < 3) {
                throw lines.failure(entry.line(), "Relationship must be 'element TYPE element',"
                        + " not '" + entry.value() + "'");
            }
            SpdxRelationships.record(assembler, parts[0], parts[1], parts[2]);
        }

        private void closePackage() {
            if (pkg != null) {
                assembler.addPackage(pkg);
                pkg = null;
            }
        }

        private void closeAnnotation() {
            assembler.annotate(annotationRef, annotationText);
            annotationRef = null;
            annotationText = null;
        }
    }
}
