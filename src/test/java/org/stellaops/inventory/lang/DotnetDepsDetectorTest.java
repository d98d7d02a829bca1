// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.InstalledPackage;
import org.stellaops.inventory.InventoryException;
import org.stellaops.inventory.PathFileContent;

/** Corpus: pkgdb/dotnet-deps-json, Trivy and syft test data (MANIFEST.md lines 244-251). */
class DotnetDepsDetectorTest {

    private final DotnetDepsDetector detector = new DotnetDepsDetector();

    @TempDir
    Path dir;

    @Test
    void wantsDepsJsonFiles() {
        assertThat(detector.wants(new FileEntry("app/MyApp.deps.json", 1, 0644))).isTrue();
        assertThat(detector.wants(new FileEntry("app/MyApp.runtimeconfig.json", 1, 0644)))
                .isFalse();
    }

    @Test
    void readsPackageLibrariesInFileOrder() throws Exception {
        // 14 libraries: 12 of type package, 2 projects (checked with python3's json module)
        Detection found = LangCorpus.detect(detector,
                "dotnet-deps-json/syft/TestLibrary.deps.json", "app/TestLibrary.deps.json");

        assertThat(found.packages()).extracting(InstalledPackage::purl).containsExactly(
                "pkg:nuget/AWSSDK.Core@3.7.10.6",
                "pkg:nuget/Microsoft.Extensions.DependencyInjection@6.0.0",
                "pkg:nuget/Microsoft.Extensions.DependencyInjection.Abstractions@6.0.0",
                "pkg:nuget/Microsoft.Extensions.Logging@6.0.0",
                "pkg:nuget/Microsoft.Extensions.Logging.Abstractions@6.0.0",
                "pkg:nuget/Microsoft.Extensions.Options@6.0.0",
                "pkg:nuget/Microsoft.Extensions.Primitives@6.0.0",
                "pkg:nuget/Newtonsoft.Json@13.0.1",
                "pkg:nuget/Serilog@2.10.0",
                "pkg:nuget/Serilog.Sinks.Console@4.0.1",
                "pkg:nuget/System.Diagnostics.DiagnosticSource@6.0.0",
                "pkg:nuget/System.Runtime.CompilerServices.Unsafe@6.0.0");
        assertThat(found.warnings()).isEmpty();
    }

    @Test
    void skipsReferenceAssembliesAndProjects() throws Exception {
        // MyApp: one package, one project, two referenceassembly libraries
        Detection found = LangCorpus.detect(detector, "dotnet-deps-json/syft/MyApp.deps.json",
                "app/MyApp.deps.json");

        assertThat(found.packages()).extracting(InstalledPackage::purl)
                .containsExactly("pkg:nuget/Newtonsoft.Json@13.0.3");
    }

    @Test
    void skipsRuntimePacks() throws Exception {
        Detection found = LangCorpus.detect(detector,
                "dotnet-deps-json/trivy/self-contained.deps.json", "app/x.deps.json");

        assertThat(found.packages()).extracting(InstalledPackage::purl)
                .containsExactly("pkg:nuget/Newtonsoft.Json@13.0.1");
    }

    @Test
    void namesFileAndPositionOfMalformedJson() throws Exception {
        Path file = Files.writeString(dir.resolve("x.deps.json"),
                "{\"libraries\": {\n  \"A/1.0\": {\"type\": \"package\"},,\n}}");

        assertThatThrownBy(() -> detector.detect(new PathFileContent(file, "app/x.deps.json")))
                .isInstanceOf(InventoryException.class)
                .hasMessageStartingWith("app/x.deps.json: malformed JSON at line 2, column");
    }
}
