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
 * Writes renderings, each file whole or not at all: into the output directory under its job's
 * name, over an earlier rendering of the same document but never over another file; or to
 * exactly the file the user named.
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

    /** Writes document {@code id}'s PDF as {@code stem.pdf} or a versioned name, and returns its path. */
    Path pdf(String stem, DocumentId id, Content content) {
        Path file = PdfFileName.versioned(directory(), stem, "pdf", existing -> pdfOf(existing, id));
        write(file, content);
        return file.normalize();
    }

    /**
     * Writes document {@code id}'s XHTML as {@code stem.html} or a versioned name, and its
     * stylesheet beside it with the same name.
     *
     * @param xhtml the page, given the stylesheet's file name to link
     */
    Path html(String stem, DocumentId id, Function<String, String> xhtml, byte[] css) {
        Path file = PdfFileName.versioned(directory(), stem, "html", existing -> htmlOf(existing, id));
        String name = file.getFileName().toString();
        String cssName = name.substring(0, name.length() - ".html".length()) + ".css";
        write(file.resolveSibling(cssName), out -> out.write(css));
        String page = xhtml.apply(cssName) + id.htmlMarker();
        write(file, out -> out.write(page.getBytes(StandardCharsets.UTF_8)));
        return file.normalize();
    }

    /** Writes document {@code id}'s self-contained HTML page as {@code stem.html} or a versioned name. */
    Path page(String stem, DocumentId id, String html) {
        Path file = PdfFileName.versioned(directory(), stem, "html", existing -> htmlOf(existing, id));
        String page = html + id.htmlMarker();
        write(file, out -> out.write(page.getBytes(StandardCharsets.UTF_8)));
        return file.normalize();
    }

    /**
     * Writes exactly {@code file}, replacing it.
     *
     * @throws JsaException when its directory is missing, it is a directory, or writing fails
     */
    static Path exactly(Path file, Content content) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw JsaException.failure(
                    "cannot write " + file + ": the directory " + parent + " does not exist",
                    "create it first, or choose another file");
        }
        if (Files.isDirectory(file)) {
            throw JsaException.failure("cannot write " + file + ": it is a directory", "give a file name");
        }
        write(file, content);
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

    private static boolean pdfOf(Path file, DocumentId id) {
        try {
            PdfReader reader = new PdfReader(file.toString());
            try {
                return id.value().equals(reader.getInfo().get(id.key()));
            } finally {
                reader.close();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean htmlOf(Path file, DocumentId id) {
        try {
            return Files.readString(file).endsWith(id.htmlMarker());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
