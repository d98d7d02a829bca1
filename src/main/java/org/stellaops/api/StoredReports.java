// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.api;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.stellaops.serve.Workers;
import org.stellaops.store.ScanStore;

/**
 * Serves the reports a scan left in Redis. They are stored gzip-compressed; a client that
 * accepts gzip gets the stored bytes as they are, any other gets them inflated on a worker.
 */
@ApplicationScoped
public class StoredReports {

    private final ScanStore store;
    private final Workers workers;

    @Inject
    public StoredReports(ScanStore store, Workers workers) {
        this.store = store;
        this.workers = workers;
    }

    /** The report as a response, or a 404 problem when it is gone. */
    Uni<Response> serve(String id, ReportFormat format, List<String> acceptEncoding) {
        return serve(id, format.name, format.mediaType, acceptEncoding,
                "scan " + id + " has no " + format.name + " report (not finished, failed, or "
                        + "expired)");
    }

    /**
     * Any document a scan stored (a report, its replay manifest, an envelope) as a response,
     * or a 404 problem saying {@code missing}.
     */
    Uni<Response> serve(String id, String name, String mediaType, List<String> acceptEncoding,
            String missing) {
        boolean gzip = acceptEncoding.stream().anyMatch(v -> v.toLowerCase().contains("gzip"));
        return store.report(id, name).chain(bytes -> {
            if (bytes == null) {
                return Uni.createFrom().failure(ProblemException.notFound(missing));
            }
            if (gzip) {
                return Uni.createFrom().item(Response.ok(bytes, mediaType)
                        .header("Content-Encoding", "gzip").header("Vary", "Accept-Encoding")
                        .build());
            }
            return inflated(bytes).map(text -> Response.ok(text, mediaType)
                    .header("Vary", "Accept-Encoding").build());
        });
    }

    /** A stored document's bytes, inflated, or null. */
    Uni<byte[]> text(String id, String name) {
        return store.report(id, name)
                .chain(bytes -> bytes == null ? Uni.createFrom().nullItem() : inflated(bytes));
    }

    /** The report's text, or null. */
    Uni<byte[]> text(String id, ReportFormat format) {
        return text(id, format.name);
    }

    private Uni<byte[]> inflated(byte[] gzip) {
        return Uni.createFrom().item(() -> gunzip(gzip)).runSubscriptionOn(workers.pool());
    }

    private static byte[] gunzip(byte[] gzip) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
