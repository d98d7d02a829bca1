// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import com.fasterxml.jackson.databind.JsonNode;

/** An OCI content descriptor as a manifest or index states it; the digest is validated. */
record Descriptor(String mediaType, String digest, long size, Platform platform, String refName,
                  boolean attestation) {

    static final String OCI_INDEX = "application/vnd.oci.image.index.v1+json";
    static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
    static final String DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
    static final String DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";

    static Descriptor parse(JsonNode node, String where) throws ImageException {
        if (node == null || !node.isObject()) {
            throw new ImageException(where + ": a descriptor must be an object");
        }
        String digest = Digests.require(node.path("digest").asText(null), where);
        Platform platform = null;
        JsonNode p = node.path("platform");
        if (p.hasNonNull("os") && p.hasNonNull("architecture")) {
            platform = new Platform(p.get("os").asText(), p.get("architecture").asText(),
                    p.path("variant").asText(null));
        }
        JsonNode annotations = node.path("annotations");
        boolean attestation = "attestation-manifest".equals(
                annotations.path("vnd.docker.reference.type").asText(null))
                || platform != null && platform.os().equals("unknown");
        return new Descriptor(node.path("mediaType").asText(""), digest,
                node.path("size").asLong(-1), platform,
                annotations.path("org.opencontainers.image.ref.name").asText(null), attestation);
    }

    boolean isIndex() {
        return mediaType.equals(OCI_INDEX) || mediaType.equals(DOCKER_LIST);
    }
}
