// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.scan;

/**
 * The type and name of a purl as written, without parsing it whole: policy rules match on
 * them for every finding, and a purl that packageurl-java would refuse still has both.
 */
public final class PurlParts {

    private PurlParts() {
    }

    /** The type ({@code npm}, {@code deb}), or empty when the text is no purl. */
    public static String typeOf(String purl) {
        int colon = purl.indexOf(':');
        int slash = purl.indexOf('/', colon + 1);
        return colon < 0 || slash < 0 ? "" : purl.substring(colon + 1, slash);
    }

    /** The name part of a purl, after its last namespace segment, without version. */
    public static String nameOf(String purl) {
        String path = purl;
        int cut = indexOfAny(path, '@', '?', '#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.indexOf('%') < 0 ? name
                : java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static int indexOfAny(String text, char... chars) {
        int first = -1;
        for (char c : chars) {
            int at = text.indexOf(c);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }
}
