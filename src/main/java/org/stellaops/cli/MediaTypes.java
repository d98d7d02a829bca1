// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

/** The media types the scan server's API speaks. */
final class MediaTypes {

    static final String JSON = "application/json";
    static final String PROBLEM = "application/problem+json";
    static final String CYCLONEDX_JSON = "application/vnd.cyclonedx+json";
    static final String CYCLONEDX_XML = "application/vnd.cyclonedx+xml";
    static final String SPDX_TAG_VALUE = "text/spdx";
    static final String SCAN_REQUEST = "application/vnd.stella.scan-request+json";
    static final String LAYER_INVENTORY = "application/vnd.stella.layer-inventory+json";

    private MediaTypes() {
    }

    /** Whether a Content-Type header names this media type, whatever its parameters. */
    static boolean isType(String contentType, String mediaType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String bare = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return bare.strip().equalsIgnoreCase(mediaType);
    }
}
