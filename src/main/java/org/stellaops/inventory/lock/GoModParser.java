// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lock;

import java.util.ArrayList;
import java.util.List;
import org.stellaops.inventory.InventoryException;

/**
 * The {@code require} and {@code replace} directives of a {@code go.mod}, single-line or in
 * blocks. Written by hand: the go.mod grammar is a few line shapes, and the only parser of it
 * is Go's own {@code x/mod/modfile}.
 */
final class GoModParser {

    /** A required module. */
    record Require(String module, String version, int line) {
    }

    /** {@code module [version] => target [targetVersion]}; version null means every version. */
    record Replace(String module, String version, String target, String targetVersion,
            int line) {

        boolean localTarget() {
            return targetVersion == null;
        }
    }

    /** What the file requires and replaces, in file order. */
    record GoMod(List<Require> requires, List<Replace> replaces) {
    }

    private GoModParser() {
    }

    static GoMod parse(String text, String path) throws InventoryException {
        List<Require> requires = new ArrayList<>();
        List<Replace> replaces = new ArrayList<>();
        String block = null;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            List<String> tokens = tokens(lines[i]);
            if (tokens.isEmpty()) {
                continue;
            }
            String verb = block;
            List<String> args = tokens;
            if (block == null) {
                verb = tokens.get(0);
                args = tokens.subList(1, tokens.size());
                if (args.size() == 1 && args.get(0).equals("(")) {
                    block = verb;
                    continue;
                }
            } else if (tokens.get(0).equals(")")) {
                block = null;
                continue;
            }
            if (verb.equals("require")) {
                requires.add(require(args, path, i + 1));
            } else if (verb.equals("replace")) {
                replaces.add(replace(args, path, i + 1));
            }
        }
        if (block != null) {
            throw new InventoryException(path, "'" + block + " (' block is never closed");
        }
        return new GoMod(requires, replaces);
    }

    private static Require require(List<String> args, String path, int line)
            throws InventoryException {
        if (args.size() != 2) {
            throw new InventoryException(path, "line " + line
                    + ": require needs a module path and a version");
        }
        return new Require(args.get(0), args.get(1), line);
    }

    private static Replace replace(List<String> args, String path, int line)
            throws InventoryException {
        int arrow = args.indexOf("=>");
        int after = args.size() - arrow - 1;
        if (arrow < 1 || arrow > 2 || after < 1 || after > 2) {
            throw new InventoryException(path, "line " + line
                    + ": replace needs 'module [version] => target [version]'");
        }
        return new Replace(args.get(0), arrow == 2 ? args.get(1) : null, args.get(arrow + 1),
                after == 2 ? args.get(arrow + 2) : null, line);
    }

    /** The line's tokens without its comment; quoted module paths are unquoted. */
    private static List<String> tokens(String line) {
        int comment = line.indexOf("//");
        String code = comment < 0 ? line : line.substring(0, comment);
        List<String> tokens = new ArrayList<>();
        for (String token : code.trim().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            boolean quoted = token.length() >= 2 && token.startsWith("\"") && token.endsWith("\"");
            tokens.add(quoted ? token.substring(1, token.length() - 1) : token);
        }
        return tokens;
    }
}
