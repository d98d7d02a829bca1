// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.feed;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stellaops.severity.Severity;

/**
 * Reads OSV inputs into a {@link FeedImport}: parses and validates every record, resolves
 * duplicate ids, joins aliases, decides severities and computes the content digest. Nothing is
 * written here; the advisory database installs the result.
 */
public final class FeedImporter {

    private static final Logger LOG = LoggerFactory.getLogger(FeedImporter.class);

    private final ImportOptions options;
    private final OsvParser parser = new OsvParser();

    public FeedImporter(ImportOptions options) {
        this.options = options;
    }

    public FeedImport read(List<Path> inputs) throws FeedException, IOException {
        Collector collector = new Collector();
        FeedInputs feedInputs = new FeedInputs(options.limits());
        try (ParallelParser parallel = new ParallelParser(parser, options.threads())) {
            for (Path input : inputs) {
                feedInputs.read(input, document -> parallel.submit(document, collector::accept));
            }
            parallel.drain(collector::accept);
        }
        if (collector.byId.isEmpty()) {
            String names = String.join(", ", inputs.stream().map(Path::toString).toList());
            throw new FeedException(names, "", "no OSV records found");
        }
        return prepare(collector);
    }

    private FeedImport prepare(Collector collector) {
        List<OsvRecord> records = new ArrayList<>();
        collector.byId.values().forEach(read -> records.add(read.record));
        AliasGroups groups = new AliasGroups(records);
        SeverityAssessor assessor = new SeverityAssessor();
        Map<String, Severity> severities = assessor.assess(records, groups);

        List<PreparedAdvisory> prepared = new ArrayList<>(records.size());
        MessageDigest sha256 = sha256();
        String newest = "";
        for (OsvRecord record : records) {
            sha256.update(record.canonicalJson());
            sha256.update((byte) '\n');
            newest = Timestamps.newer(newest, record.modified());
            prepared.add(new PreparedAdvisory(record, groups.groupOf(record.id()),
                    severities.get(record.id()), cvesOf(record)));
        }
        String digest = "sha256:" + HexFormat.of().formatHex(sha256.digest());
        ImportReport report = new ImportReport(collector.documents, collector.duplicates,
                collector.conflicts, collector.rejected, collector.warnings,
                assessor.invalidVectors());
        LOG.info("feed read (records: {}, documents: {}, duplicates: {}, conflicts: {}, "
                        + "rejected: {}, digest: {})", records.size(), collector.documents,
                collector.duplicates, collector.conflicts.size(), collector.rejected.size(), digest);
        return new FeedImport(prepared, digest, newest, report);
    }

    private static List<String> cvesOf(OsvRecord record) {
        List<String> cves = new ArrayList<>();
        if (record.id().startsWith("CVE-")) {
            cves.add(record.id());
        }
        record.aliases().stream().filter(a -> a.startsWith("CVE-")).forEach(cves::add);
        if (AdvisoryKinds.isDistroAdvisory(record.id())) {
            record.related().stream().filter(a -> a.startsWith("CVE-")).forEach(cves::add);
        }
        return cves.stream().distinct().sorted().toList();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Accumulates records by id (sorted, so iteration order is id order). */
    private final class Collector {
        final Map<String, Read> byId = new TreeMap<>();
        final Map<String, List<byte[]>> droppedCopies = new HashMap<>();
        final List<String> conflicts = new ArrayList<>();
        final List<RejectedRecord> rejected = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        int documents;
        int duplicates;

        /** Takes parse outcomes in input order, so failures and warnings are reproducible. */
        void accept(ParallelParser.Outcome outcome) throws FeedException {
            documents++;
            FeedException failure = outcome.failure();
            if (failure != null) {
                if (!options.skipInvalid()) {
                    throw failure;
                }
                LOG.warn("record skipped (origin: {}, position: {}, reason: {})",
                        failure.origin(), failure.position(), failure.reason());
                rejected.add(RejectedRecord.of(failure));
                return;
            }
            OsvParser.Parsed parsed = outcome.parsed();
            parsed.warnings().forEach(w -> warnings.add(outcome.origin() + ": " + w));
            keep(new Read(parsed.record(), outcome.origin()));
        }

        private void keep(Read read) {
            String id = read.record.id();
            Read existing = byId.get(id);
            if (existing == null) {
                byId.put(id, read);
                return;
            }
            byte[] content = read.record.canonicalJson();
            List<byte[]> dropped = droppedCopies.getOrDefault(id, List.of());
            if (Arrays.equals(existing.record.canonicalJson(), content)
                    || dropped.stream().anyMatch(d -> Arrays.equals(d, content))) {
                // a copy seen before, whichever copy won: counting it as a duplicate keeps the
                // report independent of the order of the inputs
                duplicates++;
                return;
            }
            Read winner = Timestamps.newerRead(existing, read);
            Read loser = winner == existing ? read : existing;
            String conflict = "duplicate id " + id + " with different content: kept "
                    + winner.origin + " (modified " + winner.record.modified() + "), dropped "
                    + loser.origin + " (modified " + loser.record.modified() + ")";
            LOG.warn("advisory conflict (id: {}, kept: {}, dropped: {})",
                    id, winner.origin, loser.origin);
            conflicts.add(conflict);
            droppedCopies.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(loser.record.canonicalJson());
            byId.put(id, winner);
        }
    }

    /** A record and the document it was read from. */
    record Read(OsvRecord record, String origin) {
    }
}
