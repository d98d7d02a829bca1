// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

/**
 * {@code advisoryAge: {olderThan: 30d, newerThan: 365d}}: the time from the finding's
 * {@code published} to the scan's reference time, never to the wall clock, so a replay decides
 * alike. A finding whose publication time is unknown matches no age condition, and its trace
 * says so: guessing an age would let a rule block or ignore on data nobody stated.
 */
final class AgeCondition implements Condition {

    private final long olderThanSeconds;
    private final long newerThanSeconds;
    private final String olderThan;
    private final String newerThan;

    /** Either duration may be null; each is digits followed by d (days) or h (hours). */
    AgeCondition(String olderThan, String newerThan) {
        this.olderThan = olderThan;
        this.newerThan = newerThan;
        this.olderThanSeconds = olderThan == null ? -1 : seconds(olderThan);
        this.newerThanSeconds = newerThan == null ? -1 : seconds(newerThan);
    }

    @Override
    public boolean test(Subject subject) {
        long age = subject.ageSeconds;
        if (age < 0) {
            return false;
        }
        return (olderThanSeconds < 0 || age > olderThanSeconds)
                && (newerThanSeconds < 0 || age < newerThanSeconds);
    }

    @Override
    public String explain(Subject subject) {
        if (subject.ageSeconds < 0) {
            return subject.published == null
                    ? "advisory age unknown: no published date"
                    : "advisory age unknown: no reference time";
        }
        String age = "advisory age " + subject.ageDays() + "d";
        if (olderThanSeconds >= 0 && subject.ageSeconds <= olderThanSeconds) {
            return age + " not older than " + olderThan;
        }
        if (newerThanSeconds >= 0 && subject.ageSeconds >= newerThanSeconds) {
            return age + " not newer than " + newerThan;
        }
        return age + (olderThan != null ? " older than " + olderThan : "")
                + (newerThan != null ? " newer than " + newerThan : "");
    }

    private static long seconds(String duration) {
        long amount = Long.parseLong(duration.substring(0, duration.length() - 1));
        return duration.endsWith("d") ? amount * 86_400 : amount * 3_600;
    }
}
