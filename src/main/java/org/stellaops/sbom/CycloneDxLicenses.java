// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.cyclonedx.CycloneDxSchema;
import org.cyclonedx.model.License;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.model.license.Expression;

/**
 * Maps the licence strings of a component onto CycloneDX's licence choice. A string that is
 * exactly an SPDX licence id becomes {@code license.id}; a lone compound expression (AND, OR,
 * WITH, parentheses, a trailing {@code +}) becomes {@code expression}; anything else becomes
 * {@code license.name}. Every string comes back unchanged from whichever field a reader takes.
 *
 * <p>CycloneDX allows either a list of licences or exactly one expression, never both: when a
 * component has several strings and one is an expression, that one goes in as a
 * {@code license.name} so the document stays valid and nothing is dropped.
 *
 * <p>The SPDX ids are the list cyclonedx-core-java ships for its own schema validation, so an id
 * we emit is one its CycloneDX 1.6 schema accepts. Ids are matched exactly (SPDX matching is
 * case-insensitive, but {@code mit} as a name round-trips where an id would be rewritten).
 */
final class CycloneDxLicenses {

    private static final Set<String> SPDX_IDS = loadSpdxIds();
    private static final Pattern COMPOUND = Pattern.compile(
            ".*(\\s(AND|OR|WITH)\\s|[()]).*|.*\\+");

    private CycloneDxLicenses() {
    }

    /** The licence choice for these strings, or null when there are none. */
    static LicenseChoice choiceOf(List<String> licenses) {
        if (licenses.isEmpty()) {
            return null;
        }
        LicenseChoice choice = new LicenseChoice();
        String only = licenses.get(0);
        if (licenses.size() == 1 && !SPDX_IDS.contains(only) && COMPOUND.matcher(only).matches()) {
            choice.setExpression(new Expression(only));
            return choice;
        }
        for (String text : licenses) {
            License license = new License();
            if (SPDX_IDS.contains(text)) {
                license.setId(text);
            } else {
                license.setName(text);
            }
            choice.addLicense(license);
        }
        return choice;
    }

    private static Set<String> loadSpdxIds() {
        try (InputStream in = CycloneDxSchema.class.getResourceAsStream("/spdx.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("cyclonedx-core-java ships no spdx.schema.json");
            }
            Set<String> ids = new HashSet<>();
            for (JsonNode id : new ObjectMapper().readTree(in).path("enum")) {
                ids.add(id.asText());
            }
            return Set.copyOf(ids);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the SPDX licence list", e);
        }
    }
}
