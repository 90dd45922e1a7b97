package jsa.render;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Markdown as an XHTML fragment with commonmark. Raw HTML in the Markdown is shown as text, links
 * with unsafe schemes lose their target, and images are replaced by their alt text: the text
 * comes from a language model, and the page must neither run nor fetch anything.
 */
final class MarkdownHtml {
    private static final Parser PARSER = Parser.builder().build();

    private MarkdownHtml() {}

    /** {@code markdown} for a browser, which finds a font for every character itself. */
    static String forBrowser(String markdown) {
        return renderer(null).render(PARSER.parse(markdown));
    }

    /** {@code markdown} for the PDF: every text set through {@code text}, as resume text is. */
    static String forPdf(String markdown, SafeText text) {
        return renderer(text).render(PARSER.parse(markdown));
    }

    private static HtmlRenderer renderer(SafeText text) {
        HtmlRenderer.Builder builder =
                HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).nodeRendererFactory(ImageAsText::new);
        if (text != null) {
            builder.nodeRendererFactory(context -> new SafeTextNodes(context, text));
        }
        return builder.build();
    }

    /** An image as its alt text. */
    private static final class ImageAsText implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        ImageAsText(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node image) {
            for (Node child = image.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
        }
    }

    /**
     * Every node that holds text, written as {@link SafeText} escapes it: the same elements as
     * commonmark's own renderer writes, with the text in fallback-font spans or as {@code ?}.
     */
    private static final class SafeTextNodes implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;
        private final SafeText text;

        SafeTextNodes(HtmlNodeRendererContext context, SafeText text) {
            this.context = context;
            this.html = context.getWriter();
            this.text = text;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(
                    Text.class,
                    Code.class,
                    FencedCodeBlock.class,
                    IndentedCodeBlock.class,
                    HtmlInline.class,
                    HtmlBlock.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof Text plain) {
                html.raw(text.html(plain.getLiteral()));
            } else if (node instanceof Code code) {
                html.tag("code", context.extendAttributes(node, "code", Map.of()));
                html.raw(text.html(code.getLiteral()));
                html.tag("/code");
            } else if (node instanceof FencedCodeBlock fenced) {
                codeBlock(node, fenced.getLiteral());
            } else if (node instanceof IndentedCodeBlock indented) {
                codeBlock(node, indented.getLiteral());
            } else if (node instanceof HtmlInline inline) {
                html.raw(text.html(inline.getLiteral()));
            } else {
                html.line();
                html.tag("p", context.extendAttributes(node, "p", Map.of()));
                html.raw(lines(((HtmlBlock) node).getLiteral()));
                html.tag("/p");
                html.line();
            }
        }

        private void codeBlock(Node node, String literal) {
            html.line();
            html.tag("pre", context.extendAttributes(node, "pre", Map.of()));
            html.tag("code", context.extendAttributes(node, "code", Map.of()));
            html.raw(lines(literal));
            html.tag("/code");
            html.tag("/pre");
            html.line();
        }

        // SafeText turns line breaks into spaces: a block keeps its lines
        private String lines(String literal) {
            return Stream.of(literal.split("\n", -1)).map(text::html).collect(Collectors.joining("\n"));
        }
    }
}
