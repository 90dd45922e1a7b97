package jsa.jobs.source;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
        Document document = Jsoup.parseBodyFragment(html);
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode textNode) {
                            text.append(textNode.text());
                        } else if (node instanceof Element element) {
                            switch (element.normalName()) {
                                case "li" -> text.append("\n- ");
                                case "br" -> text.append('\n');
                                case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "tr" ->
                                    text.append("\n\n");
                                default -> {}
                            }
                        }
                    }
                },
                document.body());
        return text.toString()
                .replace('\u00a0', ' ')
                .replaceAll("[ \\t]+", " ")
                .replaceAll(" *\\n *", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }
}
