// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

/** What evaluating one advisory range against one installed version concluded. */
public enum Outcome {
    AFFECTED,
    NOT_AFFECTED,
    /** The question could not be answered: an unparseable version or an unordered scheme. */
    UNKNOWN
}
