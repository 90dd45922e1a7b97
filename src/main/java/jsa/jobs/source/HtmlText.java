package jsa.jobs.source;

import java.util.Arrays;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Plain text from a posting's HTML, keeping paragraphs, line breaks and list bullets. */
public final class HtmlText {
    private HtmlText() {}

    /** The text of {@code html}, or null for null or blank input. */
    public static String of(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        Flattener flattener = new Flattener();
        NodeTraversor.traverse(flattener, Jsoup.parseBodyFragment(html).body());
        return flattener.text();
    }

    /**
     * Collects the text nodes as they are and where elements break lines, then tidies both in one
     * pass over a char array: converting descriptions is most of a sync's CPU, and per-character
     * whitespace handling through StringBuilder was most of that.
     */
    private static final class Flattener implements NodeVisitor {
        private final StringBuilder raw = new StringBuilder(1024);
        // breaks[i] line breaks go before the character at raw position at[i]; at is ascending
        private int[] at = new int[32];
        private int[] breaks = new int[32];
        private int size;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                raw.append(text.getWholeText());
            } else if (node instanceof Element element) {
                switch (element.normalName()) {
                    case "li" -> {
                        lineBreaks(1);
                        raw.append("- ");
                    }
                    case "br" -> lineBreaks(1);
                    case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "tr" -> lineBreaks(2);
                    default -> {}
                }
            }
        }

        private void lineBreaks(int count) {
            if (size > 0 && at[size - 1] == raw.length()) {
                breaks[size - 1] += count;
                return;
            }
            if (size == at.length) {
                at = Arrays.copyOf(at, size * 2);
                breaks = Arrays.copyOf(breaks, size * 2);
            }
            at[size] = raw.length();
            breaks[size++] = count;
        }

        /**
         * Runs of whitespace become one space, whitespace next to a line break goes, at most one
         * blank line in a row, and nothing at either end.
         */
        String text() {
            int length = raw.length();
            char[] in = new char[length];
            raw.getChars(0, length, in, 0);
            // each character yields at most itself, each break position at most two
            char[] out = new char[length + 2 * size];
            int written = 0;
            int next = 0;
            int pendingBreaks = 0;
            boolean pendingSpace = false;
            for (int i = 0; i < length; i++) {
                while (next < size && at[next] == i) {
                    pendingBreaks += breaks[next++];
                }
                char c = in[i];
                if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00a0') {
                    pendingSpace = true;
                    continue;
                }
                if (written > 0) {
                    if (pendingBreaks > 0) {
                        out[written++] = '\n';
                        if (pendingBreaks > 1) {
                            out[written++] = '\n';
                        }
                    } else if (pendingSpace) {
                        out[written++] = ' ';
                    }
                }
                pendingBreaks = 0;
                pendingSpace = false;
                out[written++] = c;
            }
            return new String(out, 0, written);
        }
    }
}
