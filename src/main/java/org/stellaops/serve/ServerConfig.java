// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.serve;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The server's configuration ({@code stella.server.*}); docs/configuration.md lists it. */
@ConfigMapping(prefix = "stella.server")
public interface ServerConfig {

    /** Worker threads for parsing, matching and rendering; 0 means one per core. */
    @WithDefault("0")
    int workers();

    /** Scans one replica runs at once; further scans wait in the shared queue. */
    @WithDefault("4")
    int maxRunning();

    /** Scans waiting across all replicas before POST /scan answers 429. */
    @WithDefault("100")
    int maxQueued();

    /** Largest SBOM (in components) a scan matches; a scan needs a few KiB of heap each. */
    @WithDefault("250000")
    int maxComponents();

    /** A scan still running after this long fails, and its slot is freed. */
    @WithDefault("10m")
    Duration scanTimeout();

    /** How long a finished scan, its history and reports are kept. */
    @WithDefault("24h")
    Duration scanTtl();

    /** A running scan whose replica stops renewing it this long is taken over. */
    @WithDefault("15s")
    Duration lease();

    /** How long {@code ?wait=true} waits before answering 202 instead. */
    @WithDefault("60s")
    Duration waitTimeout();

    /** SSE comment heartbeats, so proxies keep idle streams open. */
    @WithDefault("15s")
    Duration heartbeat();

    /** How often the advisory database is checked for a new current snapshot. */
    @WithDefault("2s")
    Duration snapshotPoll();

    /** How long layer inventories are kept in Redis. */
    @WithDefault("7d")
    Duration layerTtl();

    /** Largest layer inventory a client may upload, in bytes. */
    @WithDefault("16777216")
    long maxFragmentBytes();

    /** Events queued for one slow SSE client before its stream is closed (it may resume). */
    @WithDefault("10000")
    int sseBuffer();

    /** Whether image scan requests may ask for plain-http registries. */
    @WithDefault("false")
    boolean allowInsecureRegistries();

    /** This replica's name in scan states and queue entries; default: host name + random. */
    Optional<String> replicaId();
}
