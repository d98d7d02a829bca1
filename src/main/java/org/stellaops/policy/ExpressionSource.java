// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A CEL expression and where its characters sit in the YAML file, so that a compile error at
 * "line 2, column 9 of the expression" is reported at its line and column in the file.
 *
 * <p>The expression is laid over the scalar's source lines: a quoted or plain scalar starts
 * after its opening quote and continues on following lines after their indentation; a block
 * scalar ({@code |} or {@code >}) starts on the line after its indicator, at the content
 * indentation. Each line break counts as one character, which is exact for literal blocks and
 * for folding without blank lines. Escape sequences in double-quoted scalars are not replayed,
 * so a column after an escape is off by the escape's length.
 */
final class ExpressionSource {

    private final String text;
    private final ScalarNode node;
    private final int[] lines;
    private final int[] columns;
    private final int[] lengths;

    private ExpressionSource(String text, ScalarNode node, List<int[]> segments) {
        this.text = text;
        this.node = node;
        this.lines = segments.stream().mapToInt(s -> s[0]).toArray();
        this.columns = segments.stream().mapToInt(s -> s[1]).toArray();
        this.lengths = segments.stream().mapToInt(s -> s[2]).toArray();
    }

    static ExpressionSource of(ScalarNode node, String[] sourceLines) {
        List<int[]> segments = new ArrayList<>();
        int first = node.getStartMark().getLine();
        int last = Math.min(node.getEndMark().getLine(), sourceLines.length - 1);
        ScalarStyle style = node.getScalarStyle();
        if (style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED) {
            int indent = contentIndent(sourceLines, first + 1, last);
            for (int line = first + 1; line <= last; line++) {
                int length = Math.max(0, sourceLines[line].length() - indent);
                segments.add(new int[] {line + 1, indent + 1, length});
            }
        } else {
            boolean quoted = style == ScalarStyle.SINGLE_QUOTED
                    || style == ScalarStyle.DOUBLE_QUOTED;
            int start = node.getStartMark().getColumn() + (quoted ? 1 : 0);
            segments.add(new int[] {first + 1, start + 1, sourceLines[first].length() - start});
            for (int line = first + 1; line <= last; line++) {
                int indent = leadingSpace(sourceLines[line]);
                segments.add(new int[] {line + 1, indent + 1, sourceLines[line].length() - indent});
            }
        }
        if (segments.isEmpty()) {
            segments.add(new int[] {first + 1, node.getStartMark().getColumn() + 1, 0});
        }
        return new ExpressionSource(node.getValue(), node, segments);
    }

    String text() {
        return text;
    }

    ScalarNode node() {
        return node;
    }

    /**
     * The file position, as {@code {line, column}} 1-based, of a position CEL reports inside the
     * expression (line 1-based, column 0-based); the scalar's start when CEL gives none.
     */
    int[] locate(int celLine, int celColumn) {
        if (celLine < 1 || celColumn < 0) {
            return new int[] {node.getStartMark().getLine() + 1,
                    node.getStartMark().getColumn() + 1};
        }
        int offset = offsetOf(celLine, celColumn);
        for (int i = 0; i < lines.length; i++) {
            if (offset <= lengths[i] || i == lines.length - 1) {
                return new int[] {lines[i], columns[i] + offset};
            }
            offset -= lengths[i] + 1;
        }
        return new int[] {lines[0], columns[0]};
    }

    private int offsetOf(int celLine, int celColumn) {
        int offset = 0;
        int line = 1;
        for (int i = 0; i < text.length() && line < celLine; i++) {
            offset++;
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return offset + celColumn;
    }

    private static int contentIndent(String[] sourceLines, int from, int to) {
        for (int line = from; line <= to; line++) {
            if (!sourceLines[line].isBlank()) {
                return leadingSpace(sourceLines[line]);
            }
        }
        return 0;
    }

    private static int leadingSpace(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
