// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the package URLs of a CycloneDX JSON SBOM, streaming: every {@code purl} field of every
 * component, nested components included.
 *
 * <p>Known shortcoming: this is the minimal reader the scanner core needs for its example. It
 * does not validate the document against the CycloneDX schema, reads no XML, SPDX or Trivy
 * input, and ignores licences, hashes, the dependency graph and the subject's OS component. The
 * SBOM stage (org.cyclonedx:cyclonedx-core-java plus readers per format) replaces it.
 */
public final class CycloneDxPurls {

    private static final JsonFactory JSON = new JsonFactory();

    private CycloneDxPurls() {
    }

    public static List<String> read(Path file) throws SbomException {
        try (InputStream in = Files.newInputStream(file);
             JsonParser parser = JSON.createParser(in)) {
            return purlsOf(parser, file);
        } catch (JsonParseException e) {
            throw new SbomException(file + " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new SbomException(file + ": cannot read: " + e.getMessage());
        }
    }

    private static List<String> purlsOf(JsonParser parser, Path file)
            throws IOException, SbomException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new SbomException(file + ": not a CycloneDX JSON document (no top-level object)");
        }
        List<String> purls = new ArrayList<>();
        boolean cyclonedx = false;
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            if (token != JsonToken.FIELD_NAME) {
                continue;
            }
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("bomFormat".equals(field) && parser.getParsingContext().getParent().inRoot()) {
                cyclonedx = "CycloneDX".equals(parser.getText());
            } else if ("purl".equals(field) && value == JsonToken.VALUE_STRING
                    && insideComponents(parser)) {
                purls.add(parser.getText());
            }
        }
        if (!cyclonedx) {
            throw new SbomException(file + ": not a CycloneDX JSON document (bomFormat is not "
                    + "\"CycloneDX\")");
        }
        return purls;
    }

    /** True when the current object is an element of a {@code components} array. */
    private static boolean insideComponents(JsonParser parser) {
        var array = parser.getParsingContext().getParent();
        return array != null && array.inArray() && array.getParent() != null
                && "components".equals(array.getParent().getCurrentName());
    }
}
