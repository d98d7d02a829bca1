// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.model.Bom;
import org.cyclonedx.parsers.JsonParser;
import org.cyclonedx.parsers.XmlParser;

/**
 * Reads CycloneDX 1.4 to 1.6 VEX, JSON or XML, with cyclonedx-core-java after validation:
 * JSON against the official JSON schema ({@link VexSchemas}), XML against the library's XSD of
 * its version, behind {@link CycloneDxVexXml}'s DOCTYPE guard. Older versions cannot carry
 * VEX (vulnerabilities arrived in 1.4) and are refused; 1.7 is refused until the library
 * parses it (its 11.0.1 schemas and model end at 1.6).
 */
final class CycloneDxVexReader {

    private static final List<String> SUPPORTED = List.of("1.4", "1.5", "1.6");

    private CycloneDxVexReader() {
    }

    static VexDocument readJson(String origin, byte[] bytes, JsonNode tree) throws VexException {
        String version = checkedVersion(origin, VexJson.text(tree, "specVersion"), "/specVersion");
        VexSchemas.validateCycloneDx(tree, version, origin);
        try {
            Bom bom = new JsonParser().parse(bytes);
            return CycloneDxVexStatements.of(bom, builder(origin, bytes));
        } catch (ParseException e) {
            throw new VexException(origin, null, "cannot read CycloneDX: " + e.getMessage());
        }
    }

    static VexDocument readXml(String origin, byte[] bytes, String namespace)
            throws VexException {
        String version = checkedVersion(origin,
                namespace.substring(CycloneDxVexXml.NAMESPACE.length()), null);
        try {
            List<ParseException> violations = new XmlParser().validate(bytes,
                    Version.fromVersionString(version));
            if (!violations.isEmpty()) {
                throw new VexException(origin, null, "violates the CycloneDX " + version
                        + " XML schema: " + violations.stream().limit(3)
                        .map(ParseException::getMessage).collect(Collectors.joining("; ")));
            }
            return CycloneDxVexStatements.of(new XmlParser().parse(bytes), builder(origin, bytes));
        } catch (ParseException e) {
            throw new VexException(origin, null, "cannot read CycloneDX XML: " + e.getMessage());
        } catch (IOException e) {
            throw new VexException(origin, null, "cannot validate CycloneDX XML: "
                    + e.getMessage());
        }
    }

    private static VexDocumentBuilder builder(String origin, byte[] bytes) {
        return new VexDocumentBuilder(origin, VexFormat.CYCLONEDX, bytes);
    }

    private static String checkedVersion(String origin, String version, String position)
            throws VexException {
        if (!SUPPORTED.contains(version)) {
            throw new VexException(origin, position,
                    "CycloneDX specVersion '" + version + "' cannot be read as VEX (supported: "
                    + String.join(", ", SUPPORTED) + "; vulnerabilities arrived in 1.4)");
        }
        return version;
    }
}
