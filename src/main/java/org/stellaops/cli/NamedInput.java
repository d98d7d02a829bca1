// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

/**
 * A VEX document or policy as read once: the name reports give it and its bytes. A scan parses
 * these bytes, and a replay manifest records and copies the same bytes, so what was recorded is
 * what was used.
 */
record NamedInput(String origin, byte[] bytes) {
}
