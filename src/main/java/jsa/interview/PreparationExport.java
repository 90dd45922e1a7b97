package jsa.interview;

import java.nio.file.Path;
import java.util.function.Consumer;

import jsa.JsaException;
import jsa.render.DocumentId;
import jsa.render.MarkdownPages;
import jsa.render.MarkdownPages.Format;
import jsa.render.PdfFileName;
import jsa.tracker.Interview;

/**
 * The Interview Preparation view as a document: Markdown, or an HTML page or PDF to print, named
 * after the job and the interview in the output directory unless the caller names the file.
 */
public final class PreparationExport {
    /** The path that stands for stdout. */
    public static final Path STDOUT = Path.of("-");

    /**
     * What an export made.
     *
     * @param view what was exported, for its warnings
     * @param file the file written, or null when {@code text} is for stdout
     * @param text the document for stdout, or null when {@code file} was written
     */
    public record Exported(PreparationView view, Path file, String text) {}

    private final PreparationViews views;
    private final MarkdownPages pages;
    private final Path outputDir;

    public PreparationExport(PreparationViews views, MarkdownPages pages, Path outputDir) {
        this.views = views;
        this.pages = pages;
        this.outputDir = outputDir;
    }

    /**
     * Exports application {@code applicationId}'s preparation with interview {@code interviewId}'s
     * (null: the next upcoming one's), as {@link PreparationViews#show} selects it.
     *
     * @param output the file to write, {@link #STDOUT}, or null: stdout for Markdown, else the
     *     output directory under the job's and the interview's name, replacing an earlier export
     *     of the same document only
     * @param notes hears which characters no font has
     * @throws JsaException when there is no such application, interview or preparation, or the
     *     file cannot be written; usage when a PDF would go to stdout
     */
    public Exported export(long applicationId, Long interviewId, Format format, Path output, Consumer<String> notes) {
        boolean stdout = STDOUT.equals(output) || output == null && format == Format.MD;
        if (stdout && format == Format.PDF) {
            throw JsaException.usage("a PDF cannot go to stdout", "give -o a file name, or leave out -o");
        }
        if (!stdout) {
            pages.prepare(format);
        }
        PreparationView view = views.show(applicationId, interviewId);
        MarkdownPages.Document document = new MarkdownPages.Document(
                "Interview preparation: " + view.job().listingJobTitle() + " at "
                        + view.job().company(),
                view.markdown(),
                new DocumentId("JsaPreparation", "application " + applicationId + interview(view, ", interview ")));
        if (stdout) {
            return new Exported(view, null, pages.text(document, format));
        }
        Path file = output != null
                ? pages.writeTo(document, format, output, notes)
                : pages.write(
                        document,
                        format,
                        outputDir,
                        PdfFileName.stem(
                                view.job().company(),
                                view.job().listingJobTitle(),
                                "interview prep",
                                interview(view, "interview ")),
                        notes);
        return new Exported(view, file, null);
    }

    private static String interview(PreparationView view, String prefix) {
        Interview selected = view.selected();
        return selected == null ? "" : prefix + selected.id();
    }
}
