// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stellaops.inventory.lock.LockfileCorpus.coordinates;
import static org.stellaops.inventory.lock.LockfileCorpus.detect;
import static org.stellaops.inventory.lock.LockfileCorpus.detectText;
import static org.stellaops.inventory.lock.LockfileCorpus.devCoordinates;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.InventoryException;

/** Corpus: Trivy's Maven test image pom.xml; property cases written here. */
class MavenPomDetectorTest {

    private final MavenPomDetector detector = new MavenPomDetector();

    @TempDir
    Path temp;

    @Test
    void wantsPomXmlByName() {
        assertThat(detector.wants(new FileEntry("src/app/pom.xml", 1, 0644))).isTrue();
        assertThat(detector.wants(new FileEntry("m2/a/a-1.0.pom", 1, 0644))).isFalse();
    }

    @Test
    void readsDependenciesButNotTheProjectItself() throws IOException {
        Detection found = detect(detector, "maven-pom/trivy/pom.xml", "app/pom.xml");

        // the project com.example:web-app:1.0-SNAPSHOT is not a dependency
        assertThat(coordinates(found)).containsExactly("junit/junit@3.8.1",
                "com.fasterxml.jackson.core/jackson-databind@2.9.10.6",
                "com.cronutils/cron-utils@9.1.2");
        assertThat(devCoordinates(found)).containsExactly("junit/junit@3.8.1");
        assertThat(found.packages().get(1).purl())
                .isEqualTo("pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.9.10.6");
        assertThat(found.warnings()).isEmpty();
    }

    @Test
    void resolvesPropertiesAndManagedVersionsAndNamesWhatItCannot() throws IOException {
        String pom = """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <parent>
                    <groupId>org.example</groupId>
                    <artifactId>parent</artifactId>
                    <version>7.1</version>
                  </parent>
                  <artifactId>app</artifactId>
                  <properties>
                    <jackson.version>2.17.1</jackson.version>
                    <jackson>${jackson.version}</jackson>
                  </properties>
                  <dependencyManagement>
                    <dependencies>
                      <dependency>
                        <groupId>org.slf4j</groupId>
                        <artifactId>slf4j-api</artifactId>
                        <version>2.0.13</version>
                        <scope>test</scope>
                      </dependency>
                    </dependencies>
                  </dependencyManagement>
                  <dependencies>
                    <dependency>
                      <groupId>com.fasterxml.jackson.core</groupId>
                      <artifactId>jackson-databind</artifactId>
                      <version>${jackson}</version>
                    </dependency>
                    <dependency>
                      <groupId>${project.groupId}</groupId>
                      <artifactId>sibling</artifactId>
                      <version>${project.version}</version>
                    </dependency>
                    <dependency>
                      <groupId>org.example</groupId>
                      <artifactId>other</artifactId>
                      <version>${project.parent.version}</version>
                    </dependency>
                    <dependency>
                      <groupId>org.slf4j</groupId>
                      <artifactId>slf4j-api</artifactId>
                    </dependency>
                    <dependency>
                      <groupId>io.netty</groupId>
                      <artifactId>netty-handler</artifactId>
                      <version>${netty.version}</version>
                    </dependency>
                    <dependency>
                      <groupId>com.google.guava</groupId>
                      <artifactId>guava</artifactId>
                    </dependency>
                    <dependency>
                      <groupId>org.yaml</groupId>
                      <artifactId>snakeyaml</artifactId>
                      <version>[2.0,3.0)</version>
                    </dependency>
                  </dependencies>
                </project>
                """;

        Detection found = detectText(detector, temp, pom, "svc/pom.xml");

        // project.groupId and project.version come from the parent when the project omits them
        assertThat(coordinates(found)).containsExactly(
                "com.fasterxml.jackson.core/jackson-databind@2.17.1",
                "org.example/sibling@7.1", "org.example/other@7.1", "org.slf4j/slf4j-api@2.0.13");
        assertThat(devCoordinates(found)).containsExactly("org.slf4j/slf4j-api@2.0.13");
        assertThat(found.warnings()).containsExactly("svc/pom.xml: 3 dependencies whose version"
                + " is not resolved inside the file skipped: io.netty:netty-handler:"
                + "${netty.version}, com.google.guava:guava (no version),"
                + " org.yaml:snakeyaml:[2.0,3.0)");
    }

    @Test
    void givesUpOnPropertiesThatExpandWithoutBound() throws IOException {
        StringBuilder properties = new StringBuilder("<p0>1234567890</p0>");
        for (int i = 1; i <= 12; i++) {
            properties.append("<p").append(i).append(">${p").append(i - 1).append("}${p")
                    .append(i - 1).append("}</p").append(i).append('>');
        }
        String pom = "<project><properties>" + properties + "</properties><dependencies>"
                + "<dependency><groupId>a</groupId><artifactId>b</artifactId>"
                + "<version>${p12}</version></dependency></dependencies></project>";

        Detection found = detectText(detector, temp, pom, "pom.xml");

        assertThat(found.packages()).isEmpty();
        assertThat(found.warnings()).containsExactly("pom.xml: 1 dependencies whose version is"
                + " not resolved inside the file skipped: a:b:${p12}");
    }

    @Test
    void refusesAPomWithADoctype() {
        String pom = """
                <?xml version="1.0"?>
                <!DOCTYPE project [<!ENTITY v SYSTEM "file:///etc/hostname">]>
                <project><dependencies><dependency><groupId>a</groupId><artifactId>b</artifactId>
                <version>&v;</version></dependency></dependencies></project>
                """;

        assertThatThrownBy(() -> detectText(detector, temp, pom, "app/pom.xml"))
                .isInstanceOf(InventoryException.class)
                .hasMessageStartingWith("app/pom.xml: malformed XML at line 2")
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void refusesTruncatedXml() {
        String pom = "<project><dependencies><dependency><groupId>a</groupId>";

        assertThatThrownBy(() -> detectText(detector, temp, pom, "app/pom.xml"))
                .isInstanceOf(InventoryException.class)
                .hasMessageStartingWith("app/pom.xml: malformed XML at line 1");
    }

    @Test
    void refusesAnotherRootElement() {
        assertThatThrownBy(() -> detectText(detector, temp, "<settings/>", "pom.xml"))
                .isInstanceOf(InventoryException.class)
                .hasMessage("pom.xml: root element is <settings>, not <project>");
    }
}
