// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

/**
 * The operating system an image or tree says it is.
 *
 * @param id the os-release {@code ID} in lower case ({@code debian}, {@code alpine}, {@code rhel},
 *     {@code almalinux}, {@code rocky}, {@code amzn}, {@code ubuntu}, {@code wolfi}...)
 * @param versionId the os-release {@code VERSION_ID} ({@code 12}, {@code 3.20.1}, {@code 9.4}),
 *     or null when the file has none (Debian testing, Wolfi)
 * @param prettyName the {@code PRETTY_NAME}, or null
 * @param path the file it came from
 */
public record OsRelease(String id, String versionId, String prettyName, String path) {
}
