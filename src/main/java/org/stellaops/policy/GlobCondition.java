// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.util.List;

/**
 * A list of globs, any of which must match one of the finding's values for a field: {@code id}
 * (the advisory id or any alias, so a CVE id also catches the GHSA record that aliases it),
 * {@code package} (the package name), {@code purl} and {@code layer} (any layer diff id the
 * package was found in).
 *
 * <p>A purl pattern without {@code @} is compared with the purl cut before its version,
 * qualifiers and subpath, so {@code pkg:npm/jest} matches every installed version of jest.
 */
final class GlobCondition implements Condition {

    enum Field { ID, PACKAGE, PURL, LAYER }

    private final Field field;
    private final List<Glob> globs;
    private final boolean[] versionless;
    private final String matchesSuffix;
    private final String failsSuffix;
    private final String name;

    GlobCondition(Field field, List<String> patterns) {
        this.field = field;
        this.globs = patterns.stream().map(Glob::compile).toList();
        this.matchesSuffix = " matches " + globs;
        this.failsSuffix = " does not match " + globs;
        this.name = field.name().toLowerCase(java.util.Locale.ROOT);
        this.versionless = new boolean[globs.size()];
        for (int i = 0; i < versionless.length; i++) {
            versionless[i] = field == Field.PURL && patterns.get(i).indexOf('@') < 0;
        }
    }

    @Override
    public boolean test(Subject subject) {
        return matching(subject) != null;
    }

    @Override
    public String explain(Subject subject) {
        String value = matching(subject);
        if (value != null) {
            return name + " " + value + matchesSuffix;
        }
        return name + " " + shown(subject) + failsSuffix;
    }

    /** The first of the finding's values that matches, or null. */
    private String matching(Subject subject) {
        FindingFacts facts = subject.facts;
        for (int i = 0; i < globs.size(); i++) {
            Glob glob = globs.get(i);
            switch (field) {
                case ID -> {
                    if (glob.matches(facts.id())) {
                        return facts.id();
                    }
                    List<String> aliases = facts.aliases();
                    for (int a = 0; a < aliases.size(); a++) {
                        String alias = aliases.get(a);
                        if (glob.matches(alias)) {
                            return alias;
                        }
                    }
                }
                case PACKAGE -> {
                    if (glob.matches(facts.packageName())) {
                        return facts.packageName();
                    }
                }
                case PURL -> {
                    String purl = versionless[i] ? subject.versionlessPurl : facts.purl();
                    if (glob.matches(purl)) {
                        return facts.purl();
                    }
                }
                case LAYER -> {
                    List<String> layers = facts.layers();
                    for (int l = 0; l < layers.size(); l++) {
                        String layer = layers.get(l);
                        if (glob.matches(layer)) {
                            return layer;
                        }
                    }
                }
            }
        }
        return null;
    }

    private String shown(Subject subject) {
        FindingFacts facts = subject.facts;
        return switch (field) {
            case ID -> facts.aliases().isEmpty() ? facts.id()
                    : facts.id() + " (aliases " + facts.aliases() + ")";
            case PACKAGE -> facts.packageName();
            case PURL -> facts.purl();
            case LAYER -> facts.layers().isEmpty() ? "(none known)" : facts.layers().toString();
        };
    }
}
