// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

/** One version interval of one prepared package (compared by identity: each is made once). */
record CellKey(PreparedPackage pkg, long cell) {
}
