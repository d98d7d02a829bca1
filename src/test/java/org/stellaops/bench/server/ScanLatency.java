// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Latency of {@code POST /scan?wait=true} for one SBOM, from one sequential client: the time
 * from sending the request to holding the whole JSON report. The warm-up calls are not
 * recorded; they let the server's JIT and caches settle, as a long-running server would have.
 * With {@code gzip} the client sends {@code Accept-Encoding: gzip} and gets the stored report
 * as it is (the command line does not, and gets it inflated).
 *
 * <p>Usage: {@code ScanLatency URL SBOM WARMUP CALLS [gzip]}. Prints one line of key=value:
 * the report's component and finding counts, its size, the latency percentiles, and the
 * server's own mean per request and per stage over the measured calls.
 */
public final class ScanLatency {

    private ScanLatency() {
    }

    public static void main(String[] args) throws IOException {
        BenchClient client = new BenchClient(args[0]);
        Path file = Path.of(args[1]);
        byte[] sbom = Files.readAllBytes(file);
        String type = BenchClient.contentTypeOf(file);
        int warmup = Integer.parseInt(args[2]);
        int calls = Integer.parseInt(args[3]);
        String[] headers = args.length > 4 && args[4].equals("gzip")
                ? new String[] {"Accept-Encoding", "gzip"} : new String[0];

        HttpResponse<byte[]> last = null;
        for (int i = 0; i < warmup; i++) {
            last = scan(client, sbom, type, headers);
        }
        String before = client.getText("/metrics");
        Latencies latencies = new Latencies();
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            last = scan(client, sbom, type, headers);
            latencies.add(System.nanoTime() - start);
        }

        String after = client.getText("/metrics");
        byte[] body = last.body();
        boolean gzipped = last.headers().firstValue("Content-Encoding").orElse("").equals("gzip");
        byte[] text = gzipped ? gunzip(body) : body;
        JsonNode counts = BenchClient.readJson(text).path("counts");
        System.out.printf("components=%d findings=%d report_bytes=%d sent_bytes=%d %s %s %s%n",
                counts.path("components").asLong(-1), counts.path("findings").asLong(-1),
                text.length, body.length, latencies.summary("scan"),
                StageTimes.serverMean(before, after, "/scan"), StageTimes.between(before, after));
    }

    private static HttpResponse<byte[]> scan(BenchClient client, byte[] sbom, String type,
            String[] headers) {
        HttpResponse<byte[]> answer = client.post("/scan?wait=true", type, sbom, headers);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("POST /scan?wait=true answered " + answer.statusCode()
                    + ": " + new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return answer;
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
