// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeSet;
import org.stellaops.db.AdvisoryMeta;

/**
 * What {@link FindingAssembler} needs of one advisory, worked out once per advisory rather than
 * for every package it affects: its ids and aliases sorted, its references without repeats, and
 * the finding it makes when no other record joins it (the usual case), named by the documented
 * rule.
 *
 * @param ids the advisory's id, aliases and CVEs, sorted, each once
 * @param references its references in record order, each once
 * @param soloId the finding's id when the advisory is alone in its group
 * @param soloAliases the finding's aliases then: {@code ids} without {@code soloId}
 */
record AdvisoryParts(AdvisoryMeta meta, List<String> ids, List<String> references,
        String soloId, List<String> soloAliases) {

    static AdvisoryParts of(AdvisoryMeta meta) {
        TreeSet<String> ids = new TreeSet<>();
        ids.add(meta.id());
        ids.addAll(meta.aliases());
        ids.addAll(meta.cves());
        String solo = FindingAssembler.primaryId(List.of(meta), ids);
        List<String> aliases = new ArrayList<>(ids);
        aliases.remove(solo);
        return new AdvisoryParts(meta, List.copyOf(ids),
                List.copyOf(new LinkedHashSet<>(meta.references())), solo,
                List.copyOf(aliases));
    }
}
