// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

/** A whole-scan gate of a loaded policy: a boolean CEL expression over every finding. */
public final class PolicyGate {

    private final String name;
    private final String message;
    final ExpressionSource cel;

    PolicyGate(String name, String message, ExpressionSource cel) {
        this.name = name;
        this.message = message;
        this.cel = cel;
    }

    public String name() {
        return name;
    }

    /** The message shown when the gate fails; the gate's name when the policy gives none. */
    public String message() {
        return message;
    }

    public String celExpression() {
        return cel.text();
    }
}
