package jsa.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jsa.JsaException;

/**
 * Markdown documents as files to read or print: the Markdown itself, a self-contained HTML page
 * (its stylesheet inlined), or an A4 PDF with page numbers, both from the built-in page template
 * ({@code templates/prep/}) and the PDF in the fonts resumes use.
 */
public final class MarkdownPages {
    /** What to write. */
    public enum Format {
        MD,
        HTML,
        PDF
    }

    /**
     * A document.
     *
     * @param title plain text: the page's and the PDF's title
     * @param id what the document is, so that a new rendering of it replaces its file
     */
    public record Document(String title, String markdown, DocumentId id) {}

    private static final String TEMPLATE = TemplateDirectory.DOCUMENT_FILES.get(0);
    private static final String STYLESHEET = TemplateDirectory.DOCUMENT_FILES.get(1);

    private final Supplier<FontCatalog> fonts;
    private final TemplateDirectory directory = TemplateDirectory.documents();
    private XhtmlTemplates templates;
    private CompletableFuture<PdfEngine> engine;

    /** @param fonts the fonts for PDFs, looked for only when a PDF is written */
    public MarkdownPages(Supplier<FontCatalog> fonts) {
        this.fonts = fonts;
    }

    /** Starts loading the fonts when {@code format} needs them, so that it overlaps the caller's own work. */
    public void prepare(Format format) {
        if (format == Format.PDF && engine == null) {
            engine = CompletableFuture.supplyAsync(() -> new PdfEngine(fonts.get()));
        }
    }

    /**
     * {@code document} as text to print: the Markdown, or the HTML page.
     *
     * @throws IllegalArgumentException for a PDF, which is not text
     */
    public String text(Document document, Format format) {
        return switch (format) {
            case MD -> document.markdown();
            case HTML -> page(document, MarkdownHtml.forBrowser(document.markdown()));
            case PDF -> throw new IllegalArgumentException("a PDF is not text");
        };
    }

    /**
     * Writes {@code document} into {@code dir} as {@code stem} with the format's extension, or a
     * versioned name when another document has that file.
     *
     * @param notes hears which characters no font has
     * @return the file written
     * @throws IllegalArgumentException for Markdown, which records no document id
     * @throws JsaException when the directory cannot be made or the file cannot be written
     */
    public Path write(Document document, Format format, Path dir, String stem, Consumer<String> notes) {
        OutputFiles files = new OutputFiles(dir);
        return switch (format) {
            case HTML -> files.page(stem, document.id(), text(document, format));
            case PDF -> {
                PdfEngine.Layout layout = layout(document, notes);
                yield files.pdf(stem, document.id(), out -> layout.write(out, meta(document), document.id()));
            }
            case MD -> throw new IllegalArgumentException("Markdown goes to stdout or a named file");
        };
    }

    /**
     * Writes {@code document} to exactly {@code file}, replacing it.
     *
     * @param notes hears which characters no font has
     * @return the file written
     * @throws JsaException when its directory is missing or it cannot be written
     */
    public Path writeTo(Document document, Format format, Path file, Consumer<String> notes) {
        if (format == Format.PDF) {
            PdfEngine.Layout layout = layout(document, notes);
            return OutputFiles.exactly(file, out -> layout.write(out, meta(document), document.id()));
        }
        byte[] bytes = text(document, format).getBytes(StandardCharsets.UTF_8);
        return OutputFiles.exactly(file, out -> out.write(bytes));
    }

    private PdfEngine.Layout layout(Document document, Consumer<String> notes) {
        prepare(Format.PDF);
        PdfEngine pdf = Futures.join(engine);
        SafeText text = new SafeText(pdf.coverage());
        String xhtml = page(document, MarkdownHtml.forPdf(document.markdown(), text));
        text.warning(document.title()).ifPresent(notes);
        return pdf.layout(xhtml, directory.url(TEMPLATE).toString(), TEMPLATE);
    }

    private String page(Document document, String body) {
        if (templates == null) {
            templates = new XhtmlTemplates(directory);
        }
        String css = new String(directory.read(STYLESHEET), StandardCharsets.UTF_8);
        return templates.render(TEMPLATE, Map.of("title", document.title(), "css", css, "body", body));
    }

    private static ResumeView.Meta meta(Document document) {
        return new ResumeView.Meta(document.title(), null, null, null);
    }
}
