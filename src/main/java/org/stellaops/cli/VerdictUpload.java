// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.stellaops.policy.PolicyEngine;
import org.stellaops.policy.PolicyException;
import org.stellaops.policy.PolicyLoader;
import org.stellaops.vex.VexException;
import org.stellaops.vex.VexLoader;

/**
 * The {@code --vex} files and {@code --policy-file} of a scan sent to a server: read and
 * checked here first (a typo fails before anything is sent), then sent as the {@code vex} and
 * {@code policy} parts of a multipart form, or inside a delta scan's request. Each part is
 * named by its path as given, as local reports name it, so both reports agree.
 *
 * <p>The multipart body is written here: java.net.http has no form encoder, and the form is
 * three kinds of part with fixed headers.
 */
final class VerdictUpload {

    /** One file to send. */
    record Part(String name, String fileName, byte[] bytes) {
    }

    private final List<Part> parts = new ArrayList<>();

    static VerdictUpload of(VerdictOptions options) throws VexException, PolicyException,
            IOException {
        VerdictUpload upload = new VerdictUpload();
        if (!options.vex.isEmpty()) {
            for (Path file : VexLoader.filesOf(options.vex)) {
                byte[] bytes = VexLoader.bytesOf(file);
                VexLoader.read(file.toString(), bytes);
                upload.parts.add(new Part("vex", file.toString(), bytes));
            }
        }
        if (options.policyFile != null) {
            PolicyEngine.compile(PolicyLoader.load(options.policyFile));
            upload.parts.add(new Part("policy", options.policyFile.toString(),
                    Files.readAllBytes(options.policyFile)));
        }
        return upload;
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }

    /** Adds the parts to a delta scan's request. */
    void addTo(ObjectNode request) {
        for (Part part : parts) {
            if (part.name().equals("vex")) {
                request.withArray("vex").addObject().put("origin", part.fileName())
                        .put("document", Base64.getEncoder().encodeToString(part.bytes()));
            } else {
                request.putObject("policy").put("origin", part.fileName())
                        .put("text", new String(part.bytes(), StandardCharsets.UTF_8));
            }
        }
    }

    /** A multipart form of the SBOM part and these parts. */
    Form form(String sbomName, byte[] sbom) {
        String boundary = "stella-" + Long.toHexString(Double.doubleToLongBits(Math.random()));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        writePart(body, boundary, new Part("sbom", sbomName, sbom));
        parts.forEach(part -> writePart(body, boundary, part));
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Form("multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    /** A form's content type (with its boundary) and body. */
    record Form(String contentType, byte[] body) {
    }

    private static void writePart(ByteArrayOutputStream body, String boundary, Part part) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + part.name() + "\"; filename=\"" + quoted(part.fileName()) + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(part.bytes());
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    /** A file name as a quoted-string: quotes, backslashes and line breaks escaped. */
    private static String quoted(String name) {
        return name.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", " ")
                .replace("\n", " ");
    }
}
