// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Direct-child navigation of a pom's DOM, where only direct children carry meaning. */
final class PomElements {

    private PomElements() {
    }

    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        if (parent == null) {
            return children;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    static List<Element> children(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getTagName().equals(name)).toList();
    }

    static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The trimmed text of the named child, or null when absent or blank. */
    static String text(Element parent, String name) {
        Element child = child(parent, name);
        if (child == null) {
            return null;
        }
        String text = child.getTextContent().trim();
        return text.isEmpty() ? null : text;
    }
}
