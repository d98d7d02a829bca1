// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.InstalledPackage;
import org.stellaops.inventory.PathFileContent;

/**
 * Corpus: pkgdb/go-binary/test.elf (Trivy test data, MANIFEST.md line 281; Go 1.15.2, whose
 * module lines were read with {@code strings test.elf | grep -P '^(path|mod|dep)\t'} and whose
 * pointer-based header with {@code xxd -s 0x19e000}) and pkgdb/rust-binary/test.elf
 * (cargo-auditable; {@code readelf -S} shows .dep-v0 at 0x4f523, 0x76 bytes, inflating to two
 * {@code local} crates). Go 1.18+ and crates.io data are built in the test: no such binary is
 * in the corpus.
 */
class NativeBinaryDetectorTest {

    private static final byte[] SENTINEL_START =
            HexFormat.of().parseHex("3077af0c9274080241e1c107e6d618e6");
    private static final byte[] SENTINEL_END =
            HexFormat.of().parseHex("f932433186182072008242104116d8f2");

    private final NativeBinaryDetector detector = new NativeBinaryDetector();

    @TempDir
    Path dir;

    @Test
    void wantsExecutablesOnly() {
        assertThat(detector.wants(new FileEntry("usr/bin/app", 4096, 0755))).isTrue();
        assertThat(detector.wants(new FileEntry("usr/share/app.txt", 4096, 0644))).isFalse();
        assertThat(detector.wants(new FileEntry("usr/bin/tiny", 10, 0755))).isFalse();
    }

    @Test
    void readsPointerBasedBuildInfoOfGo115() throws Exception {
        Detection found = detect(Files.readAllBytes(LangCorpus.pkgdb("go-binary/test.elf")));

        assertThat(found.packages()).extracting(InstalledPackage::purl).containsExactly(
                "pkg:golang/stdlib@v1.15.2",
                "pkg:golang/github.com/aquasecurity/go-pep440-version"
                        + "@v0.0.0-20210121094942-22b2f8951d46",
                "pkg:golang/github.com/aquasecurity/go-version"
                        + "@v0.0.0-20210121072130-637058cfe492",
                "pkg:golang/golang.org/x/xerrors@v0.0.0-20200804184101-5ec99f83aff1");
        assertThat(found.packages()).allSatisfy(pkg -> {
            assertThat(pkg.detector()).isEqualTo("go-binary");
            assertThat(pkg.path()).isEqualTo("usr/local/bin/app");
        });
        assertThat(found.warnings()).isEmpty();
    }

    @Test
    void readsInlineBuildInfoWithReplacementsAndBuildSettings() throws Exception {
        byte[] elf = new TestElf().section(".go.buildinfo", inlineBuildInfo("go1.22.1", """
                path\texample.com/app/cmd/app
                mod\texample.com/app\tv1.4.0\th1:aaaa
                dep\tgithub.com/a/b\tv1.0.0\th1:bbbb
                =>\tgithub.com/fork/b\tv1.0.1\th1:cccc
                dep\tgolang.org/x/net\tv0.17.0\th1:dddd
                dep\texample.com/local\tv0.0.0
                =>\t../local\t\t
                build\t-compiler=gc
                build\tGOOS=linux
                """)).build();

        Detection found = detect(elf);

        assertThat(found.packages()).extracting(InstalledPackage::namespace,
                InstalledPackage::name, InstalledPackage::version).containsExactly(
                tuple(null, "stdlib", "v1.22.1"),
                tuple("example.com", "app", "v1.4.0"),
                tuple("github.com/fork", "b", "v1.0.1"),
                tuple("golang.org/x", "net", "v0.17.0"));
    }

    @Test
    void keepsBuildSettingsInFileOrder() {
        GoModules modules = GoModules.of(new GoBuildInfo("go1.21.0",
                "build\t-compiler=gc\nbuild\tGOOS=linux\n"), "app");

        assertThat(modules.settings()).containsEntry("-compiler", "gc")
                .containsEntry("GOOS", "linux").hasSize(2);
    }

    @Test
    void mapsToolchainVersionsToStdlibVersions() {
        assertThat(GoModules.stdlibVersion("go1.21.3")).isEqualTo("v1.21.3");
        assertThat(GoModules.stdlibVersion("go1.20")).isEqualTo("v1.20.0");
        assertThat(GoModules.stdlibVersion("go1.21rc2")).isEqualTo("v1.21.0-rc.2");
        assertThat(GoModules.stdlibVersion("go1.22.0 X:nocoverageredesign")).isEqualTo("v1.22.0");
        assertThat(GoModules.stdlibVersion("devel go1.23-abcdef")).isNull();
    }

    @Test
    void findsInlineBuildInfoInAStreamedMachO() throws Exception {
        byte[] file = machO(inlineBuildInfo("go1.21.3", "mod\texample.com/tool\tv2.0.0\t\n"));

        Detection found = detect(file);

        assertThat(found.packages()).extracting(InstalledPackage::purl).containsExactly(
                "pkg:golang/stdlib@v1.21.3", "pkg:golang/example.com/tool@v2.0.0");
    }

    @Test
    void warnsOnPointerBasedBuildInfoItCannotResolve() throws Exception {
        byte[] header = Arrays.copyOf(GoBuildInfo.MAGIC, 32);
        header[14] = 8;
        byte[] file = machO(header);

        Detection found = detect(file);

        assertThat(found.packages()).isEmpty();
        assertThat(found.warnings())
                .containsExactly("usr/local/bin/app: Go < 1.18 binary, buildinfo not read");
    }

    @Test
    void warnsOnABuildInfoStringLongerThanTheFile() throws Exception {
        byte[] info = inlineBuildInfo("go1.22.1", "mod\texample.com/x\tv1.0.0\t\n");
        byte[] lying = Arrays.copyOf(info, info.length - 10);

        Detection found = detect(new TestElf().section(".go.buildinfo", lying).build());

        assertThat(found.packages()).isEmpty();
        assertThat(found.warnings()).singleElement().asString()
                .startsWith("usr/local/bin/app: Go buildinfo string of ");
    }

    @Test
    void readsNoCratesOfLocalSources() throws Exception {
        // both crates of the corpus binary are "source":"local", one of them the root
        Detection found = detect(Files.readAllBytes(LangCorpus.pkgdb("rust-binary/test.elf")));

        assertThat(found.packages()).isEmpty();
        assertThat(found.warnings()).isEmpty();
    }

    @Test
    void readsCratesIoPackagesMarkingBuildDependencies() throws Exception {
        byte[] elf = new TestElf().section(".dep-v0", zlib("""
                {"packages":[
                 {"name":"app","version":"0.1.0","source":"local","dependencies":[1,2,3],
                  "root":true},
                 {"name":"serde","version":"1.0.197","source":"crates.io"},
                 {"name":"cc","version":"1.0.90","source":"crates.io","kind":"build"},
                 {"name":"forked","version":"0.3.0","source":"git"}]}
                """)).build();

        Detection found = detect(elf);

        assertThat(found.packages()).extracting(InstalledPackage::purl, InstalledPackage::dev,
                InstalledPackage::detector).containsExactly(
                tuple("pkg:cargo/serde@1.0.197", false, "rust-auditable"),
                tuple("pkg:cargo/cc@1.0.90", true, "rust-auditable"));
    }

    @Test
    void warnsOnATruncatedElfNamingTheOffset() throws Exception {
        byte[] whole = Files.readAllBytes(LangCorpus.pkgdb("rust-binary/test.elf"));

        Detection found = detect(Arrays.copyOf(whole, 200_000));

        assertThat(found.packages()).isEmpty();
        assertThat(found.warnings()).singleElement().asString()
                .startsWith("usr/local/bin/app: truncated ELF: section header table at offset ")
                .endsWith("ends past the end of the file (200000 bytes)");
    }

    @Test
    void namesTheSectionOfMalformedDependencyJson() throws Exception {
        byte[] elf = new TestElf().section(".dep-v0", zlib("{\"packages\":[{\"name\":")).build();

        Detection found = detect(elf);

        assertThat(found.warnings()).singleElement().asString()
                .startsWith("usr/local/bin/app!.dep-v0: malformed JSON at line 1, column");
    }

    @Test
    void leavesScriptsAfterTheirFirstBytes() throws Exception {
        Detection found = detect(("#!/bin/sh\n" + "echo hello\n".repeat(20))
                .getBytes(StandardCharsets.UTF_8));

        assertThat(found).isEqualTo(Detection.empty());
    }

    private Detection detect(byte[] bytes) throws Exception {
        Path file = Files.write(dir.resolve("app"), bytes);
        Set<PosixFilePermission> rwx = new HashSet<>(Files.getPosixFilePermissions(file));
        rwx.add(PosixFilePermission.OWNER_EXECUTE);
        Files.setPosixFilePermissions(file, rwx);
        return detector.detect(new PathFileContent(file, "usr/local/bin/app"));
    }

    /** A Go 1.18+ header with the strings inline, as the linker writes it. */
    private static byte[] inlineBuildInfo(String goVersion, String modInfo) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] header = Arrays.copyOf(GoBuildInfo.MAGIC, 32);
        header[14] = 8;
        header[15] = 2;
        out.writeBytes(header);
        writeVarintString(out, goVersion.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream mod = new ByteArrayOutputStream();
        mod.writeBytes(SENTINEL_START);
        mod.writeBytes(modInfo.getBytes(StandardCharsets.UTF_8));
        mod.writeBytes(SENTINEL_END);
        writeVarintString(out, mod.toByteArray());
        return out.toByteArray();
    }

    private static void writeVarintString(ByteArrayOutputStream out, byte[] value) {
        int length = value.length;
        while (length >= 0x80) {
            out.write(length & 0x7f | 0x80);
            length >>>= 7;
        }
        out.write(length);
        out.writeBytes(value);
    }

    /** A Mach-O magic, then filler across a 64 KiB block boundary, then the data aligned. */
    private static byte[] machO(byte[] data) {
        byte[] file = new byte[70_000 + data.length];
        file[0] = (byte) 0xcf;
        file[1] = (byte) 0xfa;
        file[2] = (byte) 0xed;
        file[3] = (byte) 0xfe;
        System.arraycopy(data, 0, file, 70_000, data.length);
        return file;
    }

    private static byte[] zlib(String json) {
        Deflater deflater = new Deflater();
        deflater.setInput(json.getBytes(StandardCharsets.UTF_8));
        deflater.finish();
        byte[] out = new byte[4096];
        int n = deflater.deflate(out);
        deflater.end();
        return Arrays.copyOf(out, n);
    }
}
