// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.time.Instant;
import java.util.List;
import org.stellaops.severity.SeverityLevel;

/**
 * One rule of a loaded policy: its conditions (all must hold), an optional CEL condition that
 * must hold as well, and the action it takes. Immutable; the loader has checked that an ignore
 * rule has a reason and an escalate rule a target level.
 */
public final class PolicyRule {

    private final String id;
    private final PolicyAction action;
    private final String reason;
    private final String expires;
    private final Instant expiresAt;
    private final SeverityLevel escalateTo;
    final List<Condition> conditions;
    final ExpressionSource cel;

    PolicyRule(String id, PolicyAction action, String reason, String expires,
            SeverityLevel escalateTo, List<Condition> conditions, ExpressionSource cel) {
        this.id = id;
        this.action = action;
        this.reason = reason;
        this.expires = expires;
        this.expiresAt = Times.parseExpiry(expires);
        this.escalateTo = escalateTo;
        this.conditions = List.copyOf(conditions);
        this.cel = cel;
    }

    public String id() {
        return id;
    }

    public PolicyAction action() {
        return action;
    }

    /** The stated reason, or null (never null for an ignore rule). */
    public String reason() {
        return reason;
    }

    /** The expiry as written (a date or an RFC 3339 time), or null when it never expires. */
    public String expires() {
        return expires;
    }

    /** For an escalate rule the level the finding then counts at, otherwise null. */
    public SeverityLevel escalateTo() {
        return escalateTo;
    }

    /** The rule's CEL condition, or null when it has none. */
    public String celExpression() {
        return cel == null ? null : cel.text();
    }

    /** Whether the rule no longer applies at this reference time (only rules with expires). */
    boolean expiredAt(Instant referenceTime) {
        if (expiresAt == null) {
            return false;
        }
        // without a reference time nothing says the exemption still holds: fail closed
        return referenceTime == null || !referenceTime.isBefore(expiresAt);
    }
}
