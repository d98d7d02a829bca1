// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.feed;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stellaops.severity.CvssCalculator;
import org.stellaops.severity.CvssScore;
import org.stellaops.severity.InvalidCvssException;
import org.stellaops.severity.Severity;
import org.stellaops.severity.SeverityLevel;

/**
 * Decides the severity of every record, by this rule:
 * <ol>
 *   <li>the record's own CVSS vectors, newest CVSS version first (v4, then v3.x, then v2),
 *       highest computed base score within it;</li>
 *   <li>else the same over every record of the same vulnerability (its alias group, and for a
 *       distro advisory the groups of the CVEs it names in {@code related});</li>
 *   <li>else the level the record states, then the highest level its group states;</li>
 *   <li>else {@code unknown}.</li>
 * </ol>
 * Scores are always computed from the vector; a vector that does not parse is skipped and
 * counted, never trusted.
 */
final class SeverityAssessor {

    private int invalidVectors;

    Map<String, Severity> assess(Collection<OsvRecord> records, AliasGroups groups) {
        Map<String, Severity> ownCvss = new HashMap<>();
        Map<String, Severity> groupCvss = new HashMap<>();
        Map<String, Severity> groupStated = new HashMap<>();
        for (OsvRecord record : records) {
            String group = groups.groupOf(record.id());
            bestCvss(record).ifPresent(s -> {
                ownCvss.put(record.id(), s);
                groupCvss.merge(group, s, SeverityAssessor::higher);
            });
            stated(record).ifPresent(s -> groupStated.merge(group, s, SeverityAssessor::higher));
        }
        Map<String, Severity> result = new HashMap<>();
        for (OsvRecord record : records) {
            List<String> linked = linkedGroups(record, groups);
            Severity severity = ownCvss.get(record.id());
            severity = severity != null ? severity : bestOf(linked, groupCvss);
            severity = severity != null ? severity : stated(record).orElse(null);
            severity = severity != null ? severity : bestOf(linked, groupStated);
            result.put(record.id(), severity != null ? severity : Severity.UNKNOWN);
        }
        return result;
    }

    int invalidVectors() {
        return invalidVectors;
    }

    private static List<String> linkedGroups(OsvRecord record, AliasGroups groups) {
        List<String> linked = new ArrayList<>();
        linked.add(groups.groupOf(record.id()));
        if (AdvisoryKinds.isDistroAdvisory(record.id())) {
            for (String related : record.related()) {
                linked.add(groups.groupOf(related));
            }
        }
        return linked;
    }

    private static Severity bestOf(List<String> groups, Map<String, Severity> byGroup) {
        Severity best = null;
        for (String group : groups) {
            Severity candidate = byGroup.get(group);
            if (candidate != null) {
                best = best == null ? candidate : higher(best, candidate);
            }
        }
        return best;
    }

    private Optional<Severity> bestCvss(OsvRecord record) {
        Severity best = null;
        List<OsvSeverity> all = new ArrayList<>(record.severity());
        record.affected().forEach(a -> all.addAll(a.severity()));
        for (OsvSeverity entry : all) {
            if (entry.score() == null || !entry.type().startsWith("CVSS_")) {
                continue;
            }
            try {
                CvssScore score = CvssCalculator.score(entry.score());
                Severity candidate = Severity.computed(score, record.id() + " " + entry.type());
                best = best == null ? candidate : higher(best, candidate);
            } catch (InvalidCvssException e) {
                invalidVectors++;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<Severity> stated(OsvRecord record) {
        List<String> texts = new ArrayList<>();
        texts.add(record.statedSeverity());
        record.affected().forEach(a -> texts.add(a.statedSeverity()));
        SeverityLevel best = null;
        for (String text : texts) {
            Optional<SeverityLevel> level =
                    text == null ? Optional.empty() : SeverityLevel.parse(text);
            if (level.isPresent() && (best == null || level.get().compareTo(best) > 0)) {
                best = level.get();
            }
        }
        return Optional.ofNullable(best).map(l -> Severity.stated(l, record.id() + " stated"));
    }

    private static Severity higher(Severity a, Severity b) {
        return Severity.higherOf(a, b);
    }
}
