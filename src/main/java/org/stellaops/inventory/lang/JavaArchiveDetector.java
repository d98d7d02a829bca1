// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lang;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.stellaops.inventory.Detection;
import org.stellaops.inventory.FileContent;
import org.stellaops.inventory.FileEntry;
import org.stellaops.inventory.InstalledPackage;
import org.stellaops.inventory.InventoryException;
import org.stellaops.inventory.PackageDetector;
import org.stellaops.inventory.lang.BudgetedInputStream.ArchiveBudgetException;

/**
 * Maven artifacts in Java archives (jar, war, ear, Jenkins jpi/hpi), read as a stream without
 * spooling. Every {@code pom.properties} under {@code META-INF/} names one artifact (a shaded jar
 * names several); an archive without one falls back to {@link ManifestCoordinates}. Archives
 * inside archives (any entry with an archive extension: {@code WEB-INF/lib}, {@code BOOT-INF/lib},
 * ear modules) are walked from the enclosing stream, their packages labelled
 * {@code outer.war!/WEB-INF/lib/x.jar}; nesting depth and the total of inflated bytes are
 * bounded by one {@link ArchiveBudget}. Entry names are labels only, never file-system paths.
 *
 * <p>commons-compress's {@link ZipArchiveInputStream} rather than the JDK's ZipInputStream: it
 * skips an unread entry of known size without inflating it. Known shortcoming: entries written
 * with a data descriptor (size unknown up front) are still inflated to be skipped at the outer
 * level, which costs CPU but no memory; reading the central directory from a spooled file would
 * avoid it at the price of a temporary copy of every archive.
 */
final class JavaArchiveDetector implements PackageDetector {

    static final String ID = "java-archive";
    private static final List<String> EXTENSIONS = List.of(".jar", ".war", ".ear", ".jpi", ".hpi");

    private final int maxDepth;
    private final long maxInflatedBytes;

    JavaArchiveDetector() {
        this(ArchiveBudget.DEFAULT_DEPTH, ArchiveBudget.DEFAULT_TOTAL);
    }

    /** With other limits than the defaults (tests of hostile archives). */
    JavaArchiveDetector(int maxDepth, long maxInflatedBytes) {
        this.maxDepth = maxDepth;
        this.maxInflatedBytes = maxInflatedBytes;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean wants(FileEntry entry) {
        return isArchiveName(entry.fileName());
    }

    @Override
    public Detection detect(FileContent content) throws IOException {
        String path = content.entry().path();
        ArchiveBudget budget = new ArchiveBudget(maxDepth, maxInflatedBytes);
        List<InstalledPackage> packages = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try (InputStream in = content.stream()) {
            int entries = walk(in, path, content.entry().fileName(), 0, budget, packages,
                    warnings);
            if (entries == 0 && content.entry().size() > 0) {
                throw new InventoryException(path, "not a zip archive (no entry found)");
            }
        } catch (InventoryException e) {
            throw e;
        } catch (ArchiveBudgetException e) {
            warnings.add(path + ": " + e.getMessage() + " (limit " + maxInflatedBytes
                    + " bytes); packages after that point are missing");
        } catch (IOException e) {
            if (packages.isEmpty()) {
                throw new InventoryException(path, "unreadable Java archive: " + e.getMessage(), e);
            }
            warnings.add(path + ": archive read stopped early: " + e.getMessage());
        }
        return Detection.of(packages, warnings);
    }

    /** Walks one archive level; returns how many entries it had. */
    private int walk(InputStream in, String label, String fileName, int depth,
            ArchiveBudget budget, List<InstalledPackage> packages, List<String> warnings)
            throws IOException {
        ArchiveContents contents = new ArchiveContents(label, fileName);
        List<InstalledPackage> nested = new ArrayList<>();
        ZipArchiveInputStream zip = new ZipArchiveInputStream(in, "UTF-8", true, true);
        int entries = 0;
        try {
            ZipArchiveEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                entries++;
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName();
                String inner = label + "!/" + name;
                if (contents.wantsEntry(name)) {
                    contents.readEntry(name, new BudgetedInputStream(zip, budget, inner),
                            warnings);
                } else if (isArchiveName(name)) {
                    walkNested(zip, inner, name, depth + 1, budget, nested, warnings);
                }
            }
        } finally {
            // what was read before a failure is still reported; no entry means no archive,
            // whose file name alone must not make a package
            if (entries > 0) {
                packages.addAll(contents.packages());
            }
            packages.addAll(nested);
        }
        return entries;
    }

    private void walkNested(InputStream zip, String label, String name, int depth,
            ArchiveBudget budget, List<InstalledPackage> packages, List<String> warnings)
            throws IOException {
        if (depth > budget.maxDepth()) {
            warnings.add(label + ": archive nested deeper than " + budget.maxDepth()
                    + " levels not read");
            return;
        }
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        List<InstalledPackage> found = new ArrayList<>();
        try {
            walk(new BudgetedInputStream(zip, budget, label), label, fileName, depth, budget,
                    found, warnings);
        } catch (ArchiveBudgetException e) {
            throw e;
        } catch (IOException e) {
            warnings.add(label + ": unreadable nested archive: " + e.getMessage());
        } finally {
            packages.addAll(found);
        }
    }

    static boolean isArchiveName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(lower::endsWith);
    }
}
