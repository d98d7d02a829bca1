// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

/**
 * Something wrong with VEX input that does not stop the scan: a statement whose timestamp lies
 * in the future, an unknown justification, contradictory claims of one issuer, a cycle in a
 * CSAF product tree. Reports list every warning.
 *
 * @param code a stable, kebab-case kind ({@code future-timestamp}, {@code unknown-justification},
 *     {@code contradictory-statements}, {@code cyclic-product-tree}, ...)
 */
public record VexWarning(VexSource source, String code, String message) {
}
