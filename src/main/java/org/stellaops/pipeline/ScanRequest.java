// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.pipeline;

import java.util.List;
import java.util.Map;

/**
 * What a scan reads, in one of three forms: an SBOM document, an image to pull and unpack, or
 * the diff ids of layers whose inventories the server already holds (a delta scan).
 *
 * @param kind {@code sbom}, {@code image} or {@code layers}
 * @param sbomType for {@code sbom}: {@code auto} or a format option of {@code --sbom-type}
 * @param origin for {@code sbom}: the name reports give the document ({@code -} as on
 *     standard input, or the uploaded file's name)
 * @param image for {@code image}: the reference; for {@code layers}: the name reports use
 * @param platform for {@code image}: os/arch[/variant], or null for the server's own
 * @param insecure for {@code image}: plain http allowed
 * @param layers for {@code layers}: diff ids bottom to top
 * @param imageDigest for {@code layers}: the image's manifest (or config) digest
 * @param created for {@code layers}: the image's creation time, or null
 * @param properties for {@code layers}: what the SBOM records about the image
 * @param imageSource for {@code layers}: how the client read the image ({@code docker-archive},
 *     {@code oci}, {@code image}), which reports name as the target's format
 * @param asOf the reference time (RFC 3339), or null for the snapshot date
 */
public record ScanRequest(
        String kind,
        String sbomType,
        String origin,
        String image,
        String platform,
        boolean insecure,
        List<String> layers,
        String imageDigest,
        String created,
        Map<String, String> properties,
        String imageSource,
        String asOf) {

    public static final String SBOM = "sbom";
    public static final String IMAGE = "image";
    public static final String LAYERS = "layers";

    public ScanRequest {
        layers = layers == null ? List.of() : List.copyOf(layers);
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    public static ScanRequest sbom(String sbomType, String origin, String asOf) {
        return new ScanRequest(SBOM, sbomType, origin, null, null, false, null, null, null,
                null, null, asOf);
    }
}
