// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Decides whether a statement's products cover a finding's package. The rules, in order, for
 * each product of the statement (docs/vex.md):
 * <ol>
 *   <li>a product with subcomponents covers the package when a subcomponent does, unless the
 *       product is an image ({@code pkg:oci}, {@code pkg:docker}) other than the scanned one;</li>
 *   <li>a product without subcomponents covers the package when it is the package itself
 *       (purl, CPE or the bom-ref of a component that carries it), or when it is the scanned
 *       artifact, since then the statement speaks of everything in it.</li>
 * </ol>
 * Identifiers are parsed once, when the statement is prepared; a purl that does not parse
 * compares as a plain string.
 */
final class ProductMatcher {

    private final List<Product> products = new ArrayList<>();

    /** @param purls parses a purl (null when it does not parse); one cache per assessment */
    ProductMatcher(List<VexProduct> statementProducts, Function<String, ParsedPurl> purls) {
        // indexed loops: a statement is prepared per scan, an iterator per list adds up
        for (int p = 0; p < statementProducts.size(); p++) {
            VexProduct product = statementProducts.get(p);
            List<VexProduct> subcomponents = product.subcomponents();
            List<Product> subs = subcomponents.isEmpty() ? List.of()
                    : new ArrayList<>(subcomponents.size());
            for (int s = 0; s < subcomponents.size(); s++) {
                subs.add(new Product(subcomponents.get(s), List.of(), purls));
            }
            products.add(new Product(product, subs, purls));
        }
    }

    /** Why the statement covers the package, in words, or null when it does not. */
    String match(PackageView pkg, ScanSubject subject) {
        for (int p = 0; p < products.size(); p++) {
            Product product = products.get(p);
            if (!product.subs.isEmpty()) {
                if (product.isImage() && !product.isSubject(subject)) {
                    continue;
                }
                for (int s = 0; s < product.subs.size(); s++) {
                    Product sub = product.subs.get(s);
                    if (sub.isPackage(pkg)) {
                        return "subcomponent " + sub.source.id() + " of " + product.source.id();
                    }
                }
            } else if (product.isPackage(pkg)) {
                return "product " + product.source.id();
            } else if (product.isSubject(subject)) {
                return "product " + product.source.id() + " is the scanned artifact";
            }
        }
        return null;
    }

    /** A scanned package, its identifiers parsed once. */
    record PackageView(String purl, ParsedPurl parsed, List<String> componentRefs,
            List<ParsedCpe> cpes) {

        static PackageView of(VexTarget target, Function<String, ParsedPurl> purls) {
            List<ParsedCpe> cpes = new ArrayList<>();
            for (String cpe : target.cpes()) {
                ParsedCpe parsed = ParsedCpe.parse(cpe);
                if (parsed != null) {
                    cpes.add(parsed);
                }
            }
            return new PackageView(target.purl(), purls.apply(target.purl()),
                    target.componentRefs(), cpes);
        }
    }

    private static final class Product {
        final VexProduct source;
        final List<Product> subs;
        final List<ParsedPurl> purls = new ArrayList<>();
        final List<ParsedCpe> cpes = new ArrayList<>();
        final Function<String, ParsedPurl> parser;

        Product(VexProduct source, List<Product> subs, Function<String, ParsedPurl> parser) {
            this.source = source;
            this.subs = subs;
            this.parser = parser;
            List<String> purlTexts = source.purls();
            for (int i = 0; i < purlTexts.size(); i++) {
                ParsedPurl parsed = parser.apply(purlTexts.get(i));
                if (parsed != null) {
                    purls.add(parsed);
                }
            }
            List<String> cpeTexts = source.cpes();
            for (int i = 0; i < cpeTexts.size(); i++) {
                ParsedCpe parsed = ParsedCpe.parse(cpeTexts.get(i));
                if (parsed != null) {
                    cpes.add(parsed);
                }
            }
        }

        boolean isPackage(PackageView pkg) {
            if (pkg.parsed() != null) {
                for (int i = 0; i < purls.size(); i++) {
                    if (purls.get(i).covers(pkg.parsed())) {
                        return true;
                    }
                }
            } else if (source.purls().contains(pkg.purl())) {
                return true;
            }
            for (ParsedCpe cpe : cpes) {
                for (ParsedCpe other : pkg.cpes()) {
                    if (cpe.covers(other)) {
                        return true;
                    }
                }
            }
            return source.componentRef() != null
                    && pkg.componentRefs().contains(source.componentRef());
        }

        boolean isImage() {
            return purls.stream().anyMatch(p -> p.type().equals("oci")
                    || p.type().equals("docker"));
        }

        /** The product is the scanned artifact: by digest, reference or one of its purls. */
        boolean isSubject(ScanSubject subject) {
            if (subject == null) {
                return false;
            }
            if (subject.digest() != null && (subject.digest().equals(source.id())
                    || purls.stream().anyMatch(p -> subject.digest().equals(p.version())))) {
                return true;
            }
            if (subject.reference() != null && subject.reference().equals(source.id())) {
                return true;
            }
            for (String known : subject.purls()) {
                ParsedPurl parsed = parser.apply(known);
                if (parsed != null && purls.stream().anyMatch(p -> p.covers(parsed))) {
                    return true;
                }
            }
            return false;
        }
    }
}
