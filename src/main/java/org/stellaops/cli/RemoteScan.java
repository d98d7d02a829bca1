// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.stellaops.image.ImageSource;
import org.stellaops.image.ImageSources;
import org.stellaops.image.TargetKind;
import org.stellaops.inventory.Detectors;
import org.stellaops.inventory.ImageAnalysis;
import org.stellaops.inventory.InventoryLimits;
import org.stellaops.report.ExplainText;

/**
 * {@code stella scan --server URL TARGET}: the server matches; this side sends the target (an
 * SBOM as it is, an SBOM made here, or with {@code --delta} the inventories of the image layers
 * the server lacks), then prints the report the server made and gates on its findings, with
 * the exit codes of a local scan.
 */
final class RemoteScan {

    private static final String SCAN_PATH = "/scan?wait=true";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ScanCommand command;
    private final ServerClient client;
    private final Progress progress;
    private VerdictUpload upload;

    RemoteScan(ScanCommand command, ServerClient client, Progress progress) {
        this.command = command;
        this.client = client;
        this.progress = progress;
    }

    int run(Threshold gate) throws Exception {
        HttpResponse<byte[]> answer = submit();
        ScanWait.Finished scan = new ScanWait(client, progress).finish(answer);
        ReportLevels.Gate read = ReportLevels.of(scan.jsonReport());
        boolean fails = read.blocked() || gate.failsOnLevels(read.levels());

        if (command.verdict.explain != null) {
            PrintWriter out = command.spec.commandLine().getOut();
            out.print(ExplainText.render(JSON.readTree(scan.jsonReport()),
                    command.verdict.explain));
            out.flush();
        } else {
            byte[] report = command.format == ScanCommand.Format.json
                    ? scan.jsonReport() : fetchRendered(scan.id());
            write(report, command.output);
        }
        if (command.outputJson != null) {
            Files.write(command.outputJson, scan.jsonReport());
        }
        return fails ? StellaMain.EXIT_FINDINGS : StellaMain.EXIT_PASS;
    }

    private HttpResponse<byte[]> submit() throws Exception {
        upload = VerdictUpload.of(command.verdict);
        TargetKind kind = TargetReader.kindOf(command.target, command.targetOptions);
        if (command.server.delta) {
            if (!kind.isImage()) {
                throw new UsageException("--delta needs an image target (docker archive, OCI "
                        + "layout or image reference), not " + kind.optionName());
            }
            return submitDelta(kind);
        }
        return kind == TargetKind.SBOM ? submitSbomFile() : submitGeneratedSbom();
    }

    private HttpResponse<byte[]> submitSbomFile() throws Exception {
        boolean stdin = command.target.equals("-");
        Path file = stdin ? spool(System.in) : Path.of(command.target);
        try {
            if (!Files.isRegularFile(file)) {
                throw new UsageException(command.target + ": no such SBOM file");
            }
            progress.say("sending " + command.target + " to " + client.base());
            if (!upload.isEmpty()) {
                VerdictUpload.Form form = upload.form(command.target, Files.readAllBytes(file));
                return client.post(SCAN_PATH, form.contentType(),
                        BodyPublishers.ofByteArray(form.body()));
            }
            return client.post(SCAN_PATH, SbomMediaType.of(file), BodyPublishers.ofFile(file));
        } finally {
            if (stdin) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** The SBOM {@code stella sbom} would write, made here and sent whole. */
    private HttpResponse<byte[]> submitGeneratedSbom() throws Exception {
        ReadTarget read = TargetReader.read(command.target, command.targetOptions, System.in,
                progress);
        String document = SbomOutput.render(read.sbom(), SbomOutput.Format.cyclonedx,
                read.target().digest(), SbomCommand.createdOf(read));
        PrintWriter err = command.spec.commandLine().getErr();
        read.sbom().warnings().forEach(w -> err.println("warning: " + w));
        err.flush();
        progress.say("sending the SBOM of " + command.target + " to " + client.base());
        if (!upload.isEmpty()) {
            VerdictUpload.Form form = upload.form(command.target + ".cdx.json",
                    document.getBytes(StandardCharsets.UTF_8));
            return client.post(SCAN_PATH, form.contentType(),
                    BodyPublishers.ofByteArray(form.body()));
        }
        return client.post(SCAN_PATH, MediaTypes.CYCLONEDX_JSON,
                BodyPublishers.ofString(document, StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> submitDelta(TargetKind kind) throws Exception {
        TargetOptions options = command.targetOptions;
        JsonNode request;
        progress.say("opening " + command.target);
        try (ImageSource source = ImageSources.open(command.target, kind,
                ImageTargets.openOptions(options))) {
            ImageAnalysis analysis = new ImageAnalysis(Detectors.all(),
                    InventoryLimits.defaults(), Runtime.getRuntime().availableProcessors(),
                    options.layerCache());
            request = new LayerDelta(client, progress).prepare(command.target,
                    kind.optionName(), source, analysis);
        }
        upload.addTo((com.fasterxml.jackson.databind.node.ObjectNode) request);
        return client.post(SCAN_PATH, MediaTypes.SCAN_REQUEST,
                BodyPublishers.ofByteArray(JSON.writeValueAsBytes(request)));
    }

    private byte[] fetchRendered(String id) throws ServerException {
        String format = command.format.name();
        if (id == null) {
            throw new ServerException("server: answered the scan without a Location, so its "
                    + format + " report cannot be fetched");
        }
        return client.get(ScanWait.scanPath(id) + "?format=" + format).body();
    }

    private void write(byte[] report, Path file) throws Exception {
        if (file != null) {
            Files.write(file, report);
            return;
        }
        PrintWriter out = command.spec.commandLine().getOut();
        out.print(new String(report, StandardCharsets.UTF_8));
        out.flush();
    }

    /** Standard input to a temporary file, so its length is known and its type sniffed. */
    private static Path spool(InputStream stdin) throws Exception {
        Path file = Files.createTempFile("stella-sbom-", ".in");
        try {
            Files.copy(stdin, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (Exception e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }
}
