// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.feed;

/** A record skipped by an import that was asked to skip invalid records. */
public record RejectedRecord(String origin, String position, String reason) {

    static RejectedRecord of(FeedException e) {
        return new RejectedRecord(e.origin(), e.position(), e.reason());
    }

    @Override
    public String toString() {
        return new FeedException(origin, position, reason).getMessage();
    }
}
