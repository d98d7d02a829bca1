// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.auth;

/** The quota tiers every deployment has; more can be configured. */
public final class Tiers {

    public static final String ANONYMOUS = "anonymous";
    public static final String FREE = "free";
    public static final String ENTERPRISE = "enterprise";

    private Tiers() {
    }
}
