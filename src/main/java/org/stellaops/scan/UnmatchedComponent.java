// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.scan;

/**
 * A component that was not matched against advisories, and why: no purl and nothing to infer
 * one from, a purl that does not parse, or an ecosystem the snapshot does not cover.
 */
public record UnmatchedComponent(String ref, String name, String version, String purl,
        String reason) {
}
