// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.io.StringReader;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Reads policy YAML into SnakeYAML's node graph, never into Java objects: nodes keep the start
 * mark of every key and value, which is what lets every later error name a line and column.
 *
 * <p>Policy files come from users and pull requests, so the parser is configured as for
 * hostile input: few aliases (a "billion laughs" document needs many), no recursive keys, a
 * code point limit matching the loader's size limit, and a nesting limit. Only SafeConstructor
 * is involved, and {@link YamlTree} refuses every tag that is not a plain YAML type.
 */
final class PolicyYaml {

    /** The largest policy file accepted, in bytes (and so in code points). */
    static final int MAX_SIZE = 1024 * 1024;

    private static final int MAX_ALIASES = 10;
    private static final int MAX_NESTING = 40;

    private PolicyYaml() {
    }

    /** Parses one YAML document; an empty document is refused. */
    static Node compose(String origin, String text) throws PolicyException {
        Yaml yaml = new Yaml(new SafeConstructor(options()), new Representer(new DumperOptions()),
                new DumperOptions(), options());
        Node root;
        try {
            root = yaml.compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            throw error(origin, e.getProblemMark() != null ? e.getProblemMark()
                    : e.getContextMark(), "YAML syntax error: " + problem(e));
        } catch (YAMLException e) {
            // limits (aliases, code points, nesting) are reported without a mark
            throw new PolicyException(origin, 0, 0, "YAML refused: " + e.getMessage());
        }
        if (root == null) {
            throw new PolicyException(origin, 1, 1, "empty policy document");
        }
        return root;
    }

    static PolicyException error(String origin, Node node, String reason) {
        return error(origin, node.getStartMark(), reason);
    }

    static PolicyException error(String origin, Mark mark, String reason) {
        if (mark == null) {
            return new PolicyException(origin, 0, 0, reason);
        }
        return new PolicyException(origin, mark.getLine() + 1, mark.getColumn() + 1, reason);
    }

    private static String problem(MarkedYAMLException e) {
        String context = e.getContext();
        String problem = e.getProblem();
        if (problem == null) {
            return context == null ? "malformed" : context;
        }
        return context == null ? problem : context + ", " + problem;
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(MAX_SIZE);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setProcessComments(false);
        return options;
    }
}
