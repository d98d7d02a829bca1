// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.sbom;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Collects what a CycloneDX reader finds, in document order, into one {@link Sbom}.
 *
 * <ul>
 *   <li>A component is added with its nested components right after it (pre-order), each
 *       with {@code parentRef} naming its enclosing component. Components nested in
 *       {@code metadata.component} are added as top-level ones: the subject itself is not a
 *       component of the list, and every parentRef names a listed component.</li>
 *   <li>A component without a bom-ref gets {@code component-N}, N its 1-based place in the
 *       list. A bom-ref already taken is kept with {@code #2}, {@code #3}... appended, and one
 *       warning counts them; dependencies naming it point at the first.</li>
 *   <li>The first operating-system component gives {@link Sbom#os()} (name lower-cased).</li>
 *   <li>Dependencies are kept as written, cycles and refs to unknown components included;
 *       a ref listed twice has its targets merged.</li>
 *   <li>A purl that does not parse is kept as written and counted in a warning: the scanner
 *       lists such components as unmatched.</li>
 * </ul>
 */
final class CycloneDxSbomBuilder {

    /** Repeated values (types, licences, layer digests) are stored once, up to this many. */
    private static final int SHARED_LIMIT = 10_000;

    private final SbomFormat format;
    private String specVersion;
    private String subjectName;
    private String subjectVersion;
    private String created;
    private OsInfo os;
    private final List<SbomComponent> components = new ArrayList<>();
    private final Map<String, String> refs = new HashMap<>();
    private final Map<String, Integer> nextSuffix = new HashMap<>();
    private final Map<String, List<String>> dependencies = new HashMap<>();
    private final Map<String, String> shared = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private int duplicateRefs;
    private String firstDuplicateRef;
    private int badPurls;
    private String firstBadPurl;

    CycloneDxSbomBuilder(SbomFormat format) {
        this.format = format;
    }

    void specVersion(String version) {
        this.specVersion = version;
    }

    String specVersion() {
        return specVersion;
    }

    void created(String timestamp) {
        this.created = timestamp;
    }

    /** {@code metadata.component}: names the subject; its nested components are listed. */
    void addSubject(CycloneDxComponentDraft subject) {
        subjectName = subject.name;
        subjectVersion = subject.version;
        for (CycloneDxComponentDraft child : subject.children) {
            addComponent(child, null);
        }
    }

    void addComponent(CycloneDxComponentDraft draft) {
        addComponent(draft, null);
    }

    void addDependency(String ref, List<String> targets) {
        List<String> canonical = new ArrayList<>(targets.size());
        targets.forEach(t -> canonical.add(refs.getOrDefault(t, t)));
        List<String> known = dependencies.get(ref);
        if (known == null) {
            dependencies.put(refs.getOrDefault(ref, ref), canonical);
            return;
        }
        Set<String> seen = new HashSet<>(known);
        canonical.stream().filter(seen::add).forEach(known::add);
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    Sbom build() {
        List<String> all = new ArrayList<>();
        if (duplicateRefs > 0) {
            all.add(duplicateRefs + " component(s) reuse a bom-ref already taken, kept with a #N "
                    + "suffix (first: '" + firstDuplicateRef + "')");
        }
        if (badPurls > 0) {
            all.add(badPurls + " purl(s) do not parse, kept as written (first: '" + firstBadPurl
                    + "')");
        }
        all.addAll(warnings);
        return new Sbom(format, specVersion, subjectName, subjectVersion, os, components,
                dependencies, all, created);
    }

    private void addComponent(CycloneDxComponentDraft draft, String parentRef) {
        String ref = uniqueRef(draft.ref);
        SbomComponent component = draft.toComponent(ref, parentRef, this::share);
        components.add(component);
        checkPurl(component.purl());
        if (os == null && "operating-system".equals(component.type())) {
            os = new OsInfo(component.name() == null ? null
                    : component.name().toLowerCase(Locale.ROOT), component.version());
        }
        for (CycloneDxComponentDraft child : draft.children) {
            addComponent(child, ref);
        }
    }

    private String uniqueRef(String declared) {
        boolean given = declared != null && !declared.isEmpty();
        String ref = given ? declared : "component-" + (components.size() + 1);
        if (refs.putIfAbsent(ref, ref) == null) {
            return ref;
        }
        if (given) {
            duplicateRefs++;
            firstDuplicateRef = firstDuplicateRef == null ? ref : firstDuplicateRef;
        }
        for (int n = nextSuffix.getOrDefault(ref, 2); ; n++) {
            String candidate = ref + "#" + n;
            if (refs.putIfAbsent(candidate, candidate) == null) {
                nextSuffix.put(ref, n + 1);
                return candidate;
            }
        }
    }

    private void checkPurl(String purl) {
        if (purl == null) {
            return;
        }
        try {
            new PackageURL(purl);
        } catch (MalformedPackageURLException | RuntimeException e) {
            badPurls++;
            firstBadPurl = firstBadPurl == null ? purl : firstBadPurl;
        }
    }

    private String share(String value) {
        if (value == null || shared.size() >= SHARED_LIMIT) {
            return value == null ? null : shared.getOrDefault(value, value);
        }
        String known = shared.putIfAbsent(value, value);
        return known == null ? value : known;
    }
}
