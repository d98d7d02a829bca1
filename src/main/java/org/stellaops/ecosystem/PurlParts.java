// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.ecosystem;

import java.util.Map;

/**
 * A package URL read by {@link PurlParser}: what packageurl-java's getters would return, the
 * qualifiers never null (and not to be changed).
 */
public record PurlParts(String type, String namespace, String name, String version,
        Map<String, String> qualifiers, String subpath) {
}
