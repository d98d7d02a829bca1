// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.replay;

/**
 * One output of a replay that is not what the manifest recorded.
 *
 * @param name the output ({@code report.json}, ...)
 * @param recorded the digest the manifest has, or null when it records no such output
 * @param replayed the digest of the replayed output, or null when the replay made none
 * @param where the first difference, when the recorded output itself was at hand (a JSON
 *     pointer and both values, or a line and column); null otherwise
 */
public record OutputDifference(String name, String recorded, String replayed, String where) {

    /** One line for an operator. */
    public String describe() {
        StringBuilder line = new StringBuilder(name).append(": ");
        if (recorded == null) {
            line.append("not recorded in the manifest (replay made ").append(replayed).append(')');
        } else if (replayed == null) {
            line.append("recorded as ").append(recorded).append(", not made by the replay");
        } else {
            line.append("recorded ").append(recorded).append(", replayed ").append(replayed);
        }
        if (where != null) {
            line.append("; first difference ").append(where);
        }
        return line.toString();
    }
}
