// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.store;

/**
 * Every Redis key and channel the server uses. A scan's keys share the hash tag {@code {id}},
 * so they live in one slot of a Redis Cluster and one Lua script may touch them all.
 */
public final class RedisKeys {

    /** Sorted set of every scan id kept, scored by submission time (ms). */
    public static final String SCANS = "stella:scans";
    /** The work queue: a stream read by a consumer group of all replicas. */
    public static final String QUEUE = "stella:queue";
    public static final String QUEUE_GROUP = "stella-workers";
    /** Sorted set of the scans waiting for a worker: its size is the queue depth. */
    public static final String QUEUED = "stella:queued";
    /** Channel carrying the id of a scan whose history grew. */
    public static final String EVENTS_CHANNEL = "stella:events";
    /** Channel telling replicas that work was queued, or a scan cancelled ("cancel:ID"). */
    public static final String CONTROL_CHANNEL = "stella:control";

    private RedisKeys() {
    }

    public static String state(String scanId) {
        return "stella:scan:{" + scanId + "}";
    }

    public static String input(String scanId) {
        return state(scanId) + ":input";
    }

    /** The VEX uploaded with a scan and the policy it names, as JSON. */
    public static String verdictInput(String scanId) {
        return state(scanId) + ":verdict-input";
    }

    public static String events(String scanId) {
        return state(scanId) + ":events";
    }

    public static String report(String scanId, String format) {
        return state(scanId) + ":report:" + format;
    }

    /** A layer inventory the server computed itself: shared by every client. */
    public static String sharedLayer(String analyzer, int schema, String diffId) {
        return "stella:layer:shared:" + analyzer + ":" + schema + ":" + diffId;
    }

    /** A layer inventory a client uploaded: served to that client only. */
    public static String clientLayer(String client, String analyzer, int schema, String diffId) {
        return "stella:layer:client:" + client + ":" + analyzer + ":" + schema + ":" + diffId;
    }
}
