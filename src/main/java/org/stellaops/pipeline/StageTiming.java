// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.pipeline;

/** How long one stage of a scan took, in milliseconds (wall time on the worker). */
public record StageTiming(String stage, long durationMs) {
}
