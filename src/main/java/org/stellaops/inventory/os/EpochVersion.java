// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.os;

/**
 * A Debian version split into its epoch and the rest, as purls want it: the version without the
 * epoch and an {@code epoch} qualifier only when the epoch is present and not zero.
 *
 * @param epoch the epoch digits, or null when absent or zero
 * @param version the version without its epoch
 */
record EpochVersion(String epoch, String version) {

    /** Splits {@code [epoch:]upstream[-revision]}; a prefix that is not digits is no epoch. */
    static EpochVersion parse(String full) {
        int colon = full.indexOf(':');
        if (colon <= 0 || !full.substring(0, colon).chars().allMatch(Character::isDigit)) {
            return new EpochVersion(null, full);
        }
        String epoch = full.substring(0, colon).replaceFirst("^0+(?=.)", "");
        return new EpochVersion(epoch.equals("0") ? null : epoch, full.substring(colon + 1));
    }
}
