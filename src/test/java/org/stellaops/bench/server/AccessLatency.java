// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The access layer's cost per request: the same cheap request ({@code GET /scans/{id}} of a
 * finished scan) against two servers, one with the layer on and one with
 * {@code stella.quota.enabled=false}, alternated call by call, so drift in the machine's load
 * falls on both alike. An optional bearer token is sent to the server with the layer on only:
 * the difference then holds authentication, quota and rate limit together, against an
 * anonymous request that none of them touches.
 *
 * <p>Usage: {@code AccessLatency ON_URL OFF_URL SBOM WARMUP CALLS [TOKEN]}; prints
 * {@code on_p50_ms=… on_p95_ms=… … off_p50_ms=… …} on one line.
 */
public final class AccessLatency {

    private AccessLatency() {
    }

    public static void main(String[] args) throws Exception {
        String on = args[0];
        String off = args[1];
        byte[] sbom = Files.readAllBytes(Path.of(args[2]));
        int warmup = Integer.parseInt(args[3]);
        int calls = Integer.parseInt(args[4]);
        String token = args.length > 5 ? args[5] : null;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        URI onScan = URI.create(on + "/scans/" + scan(http, on, sbom, token));
        URI offScan = URI.create(off + "/scans/" + scan(http, off, sbom, null));
        Latencies onTimes = new Latencies();
        Latencies offTimes = new Latencies();
        for (int i = 0; i < warmup + calls; i++) {
            boolean measured = i >= warmup;
            // alternate which goes first, so neither always runs on a warmer machine
            if (i % 2 == 0) {
                time(http, onScan, token, measured ? onTimes : null);
                time(http, offScan, null, measured ? offTimes : null);
            } else {
                time(http, offScan, null, measured ? offTimes : null);
                time(http, onScan, token, measured ? onTimes : null);
            }
        }
        System.out.println(onTimes.summary("on") + " " + offTimes.summary("off"));
    }

    private static String scan(HttpClient http, String base, byte[] sbom, String token)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base
                + "/scan?wait=true")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(sbom));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> answer = http.send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(base + " answered " + answer.statusCode() + ": "
                    + answer.body());
        }
        String location = answer.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static void time(HttpClient http, URI uri, String token, Latencies into)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        long start = System.nanoTime();
        HttpResponse<byte[]> answer = http.send(request.build(),
                HttpResponse.BodyHandlers.ofByteArray());
        long took = System.nanoTime() - start;
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + answer.statusCode());
        }
        if (into != null) {
            into.add(took);
        }
    }
}
