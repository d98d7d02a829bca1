// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Picks the one image of an index that fits the wanted platform, or says why none does. */
final class PlatformSelector {

    private PlatformSelector() {
    }

    static Descriptor select(List<Descriptor> manifests, Platform wanted, String where)
            throws ImageException {
        List<Descriptor> images = new ArrayList<>();
        for (Descriptor d : manifests) {
            if (!d.attestation()) {
                images.add(d);
            }
        }
        if (images.isEmpty()) {
            throw new ImageException(where + " lists no image");
        }
        if (images.size() == 1 && images.get(0).platform() == null) {
            return images.get(0);
        }
        Descriptor loose = null;
        for (Descriptor d : images) {
            if (d.platform() == null || !wanted.accepts(d.platform())) {
                continue;
            }
            if (wanted.variant() == null || wanted.variant().equals(d.platform().variant())) {
                return d;
            }
            loose = loose == null ? d : loose;
        }
        if (loose != null) {
            return loose;
        }
        String offered = images.stream()
                .map(d -> d.platform() == null ? "unknown" : d.platform().toString())
                .sorted().distinct().collect(Collectors.joining(", "));
        throw new ImageException(where + " has no image for platform " + wanted
                + " (offered: " + offered + "); choose one with --platform");
    }
}
