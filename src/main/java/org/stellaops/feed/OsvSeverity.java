// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.feed;

/** An OSV severity entry: a type such as CVSS_V3 and the vector it carries. */
public record OsvSeverity(String type, String score) {
}
