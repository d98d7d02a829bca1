// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.stellaops.vex.VexSettings;

/**
 * The configuration keys that change a scan's results, recorded in its replay manifest and, on
 * replay, taken from the manifest rather than from this machine's environment. An empty value
 * records a key that was not set (the recorded version's default applies).
 */
final class ReplaySettings {

    static final List<String> RESULT_KEYS = List.of(VexSettings.TRUST,
            VexSettings.DEFAULT_WEIGHT, VexSettings.HALF_LIFE);

    private ReplaySettings() {
    }

    /** The recorded value of a result key; null when it was unset or is not one. */
    static Function<String, String> recorded(Map<String, String> configuration) {
        return key -> {
            String value = RESULT_KEYS.contains(key) ? configuration.get(key) : null;
            return value == null || value.isEmpty() ? null : value;
        };
    }
}
