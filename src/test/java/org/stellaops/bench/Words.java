// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench;

/** Package names and CVSS vectors the verdict benchmark draws its synthetic scan from. */
final class Words {

    /** Names that real SBOMs carry, so name globs in the policy meet realistic text. */
    static final String[] NAMES = {
        "lodash", "express", "axios", "minimist", "semver", "jsonwebtoken", "ws", "qs",
        "requests", "urllib3", "jinja2", "pyyaml", "cryptography", "pillow", "django", "flask",
        "jackson-databind", "log4j", "netty", "snakeyaml", "spring-web", "guava", "commons-text",
        "openssl", "libxml2", "zlib", "curl", "glibc", "expat", "sqlite", "libpng", "bzip2",
        "x-net", "x-crypto", "protobuf", "grpc", "yaml", "jwt-go", "gin", "echo",
    };

    // vector, score pairs; the scores are the vectors' CVSS 3.1 base scores
    static final String[] CRITICAL = {
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "9.8",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", "10.0",
    };
    static final String[] HIGH = {
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H", "7.5",
        "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", "8.8",
        "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", "7.8",
    };
    static final String[] MEDIUM = {
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N", "6.1",
        "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:N/A:H", "5.9",
        "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:N/I:N/A:H", "5.5",
    };
    static final String[] LOW = {
        "CVSS:3.1/AV:L/AC:H/PR:L/UI:N/S:U/C:L/I:N/A:N", "2.5",
        "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N", "3.1",
    };

    private Words() {
    }
}
