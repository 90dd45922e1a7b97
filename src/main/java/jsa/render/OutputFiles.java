package jsa.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Function;

import com.lowagie.text.pdf.PdfReader;

import jsa.JsaException;

/**
 * Writes renderings into the output directory: each file whole or not at all, under its job's
 * name, over an earlier rendering of the same resume but never over another file.
 */
final class OutputFiles {
    /** Writes a file's content. */
    interface Content {
        void write(OutputStream out) throws IOException;
    }

    private final Path dir;

    OutputFiles(Path dir) {
        this.dir = dir;
    }

    /** Writes resume {@code resumeId}'s PDF as {@code stem.pdf} or a versioned name, and returns its path. */
    Path pdf(String stem, long resumeId, Content content) {
        Path file = PdfFileName.versioned(directory(), stem, "pdf", existing -> pdfOf(existing, resumeId));
        write(file, content);
        return file.normalize();
    }

    /**
     * Writes resume {@code resumeId}'s XHTML as {@code stem.html} or a versioned name, and its
     * stylesheet beside it with the same name.
     *
     * @param xhtml the page, given the stylesheet's file name to link
     */
    Path html(String stem, long resumeId, Function<String, String> xhtml, byte[] css) {
        Path file = PdfFileName.versioned(directory(), stem, "html", existing -> htmlOf(existing, resumeId));
        String name = file.getFileName().toString();
        String cssName = name.substring(0, name.length() - ".html".length()) + ".css";
        write(file.resolveSibling(cssName), out -> out.write(css));
        String page = xhtml.apply(cssName) + marker(resumeId);
        write(file, out -> out.write(page.getBytes(StandardCharsets.UTF_8)));
        return file.normalize();
    }

    private Path directory() {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw JsaException.failure("cannot create the output directory " + dir, "check its path and permissions");
        }
    }

    private static void write(Path file, Content content) {
        Path temp = null;
        try {
            // not createTempFile: its owner-only permissions would stay on the file
            temp = file.resolveSibling(
                    "." + file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.write(out);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw JsaException.failure(
                    "cannot write " + file + ": " + e.getMessage(), "check the directory's space and permissions");
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // a stray temporary file is harmless: the rendering itself is complete or absent
                }
            }
        }
    }

    private static boolean pdfOf(Path file, long resumeId) {
        try {
            PdfReader reader = new PdfReader(file.toString());
            try {
                return Long.toString(resumeId).equals(reader.getInfo().get(PdfEngine.RESUME_KEY));
            } finally {
                reader.close();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean htmlOf(Path file, long resumeId) {
        try {
            return Files.readString(file).endsWith(marker(resumeId));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String marker(long resumeId) {
        return "\n<!-- jsa resume " + resumeId + " -->\n";
    }
}
