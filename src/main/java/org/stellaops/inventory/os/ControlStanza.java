// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.os;

import java.util.Map;

/**
 * One paragraph of a Debian control file (a dpkg status entry).
 *
 * @param line the 1-based line its first field is on
 * @param fields field values by name, looked up regardless of case as dpkg does; continuation
 *     lines are joined to their field with '\n'
 */
record ControlStanza(int line, Map<String, String> fields) {

    /** The field's value, stripped, or null when absent or empty. */
    String field(String name) {
        String value = fields.get(name);
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
