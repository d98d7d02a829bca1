// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.stellaops.inventory.Detectors;
import org.stellaops.inventory.LayerInventory;
import org.stellaops.inventory.LayerInventoryJson;

/**
 * Latency of {@code POST /layers/missing} for 100 diff ids, half of which the server holds:
 * the question a delta client asks before every image scan. The held half is uploaded first
 * as (empty) layer inventories under a fresh client key, so the server looks them up in the
 * client's namespace and then in the shared one, as it does for a real client.
 *
 * <p>Usage: {@code MissingLatency URL WARMUP CALLS}. Prints one line of key=value.
 */
public final class MissingLatency {

    private static final int DIGESTS = 100;

    private MissingLatency() {
    }

    public static void main(String[] args) {
        BenchClient client = new BenchClient(args[0]);
        int warmup = Integer.parseInt(args[1]);
        int calls = Integer.parseInt(args[2]);
        SecureRandom random = new SecureRandom();
        String key = HexFormat.of().formatHex(randomBytes(random));

        List<String> diffIds = new ArrayList<>();
        for (int i = 0; i < DIGESTS; i++) {
            diffIds.add("sha256:" + HexFormat.of().formatHex(randomBytes(random)));
        }
        for (String diffId : diffIds.subList(0, DIGESTS / 2)) {
            upload(client, key, diffId);
        }
        byte[] question = questionOf(diffIds);

        for (int i = 0; i < warmup; i++) {
            ask(client, key, question);
        }
        String before = client.getText("/metrics");
        Latencies latencies = new Latencies();
        int missing = -1;
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            JsonNode answer = ask(client, key, question);
            latencies.add(System.nanoTime() - start);
            missing = answer.path("missing").size();
        }
        String after = client.getText("/metrics");
        System.out.printf("digests=%d missing=%d %s %s%n", DIGESTS, missing,
                latencies.summary("missing"),
                StageTimes.serverMean(before, after, "/layers/missing"));
    }

    private static void upload(BenchClient client, String key, String diffId) {
        LayerInventory empty = new LayerInventory(diffId, Detectors.ANALYZER_VERSION, List.of(),
                List.of(), List.of(), Map.of(), 0, List.of());
        HttpResponse<byte[]> answer = client.put("/layers/" + diffId, "application/json",
                LayerInventoryJson.write(empty).getBytes(StandardCharsets.UTF_8),
                BenchClient.CLIENT_KEY_HEADER, key);
        if (answer.statusCode() != 204) {
            throw new IllegalStateException("PUT /layers/" + diffId + " answered "
                    + answer.statusCode() + ": " + new String(answer.body(),
                            StandardCharsets.UTF_8));
        }
    }

    private static JsonNode ask(BenchClient client, String key, byte[] question) {
        HttpResponse<byte[]> answer = client.post("/layers/missing", "application/json",
                question, BenchClient.CLIENT_KEY_HEADER, key);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("POST /layers/missing answered "
                    + answer.statusCode());
        }
        return BenchClient.readJson(answer.body());
    }

    private static byte[] questionOf(List<String> diffIds) {
        ObjectNode question = BenchClient.JSON.createObjectNode()
                .put("analyzer", Detectors.ANALYZER_VERSION);
        ArrayNode ids = question.putArray("diffIds");
        diffIds.forEach(ids::add);
        return question.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] randomBytes(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return bytes;
    }
}
