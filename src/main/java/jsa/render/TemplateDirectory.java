package jsa.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jsa.JsaException;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;

/**
 * Where resume templates come from: a directory of the user's ({@code --templates}, config
 * {@code templates.dir}) or the copy built into jsa, laid out as {@code html/*.ftlh} and {@code
 * css/*.css}. Paths from the database resolve inside it only. The page of Markdown documents
 * (interview preparation) is built in only.
 */
public final class TemplateDirectory {
    /** The built-in templates, as {@code templates/resume/} in the repository holds them. */
    public static final List<String> BUILT_IN_FILES =
            List.of("html/base.ftlh", "html/engineer.ftlh", "html/analyst.ftlh", "css/standard.css", "css/compact.css");
    /** The stylesheet {@link RenderStyle#COMPACT} uses. */
    public static final String COMPACT_STYLE = "css/compact.css";

    /** The built-in page of Markdown documents, as {@code templates/prep/} in the repository holds it. */
    static final List<String> DOCUMENT_FILES = List.of("html/preparation.ftlh", "css/preparation.css");

    private final Path dir;
    private final String resources;
    private final List<String> builtInFiles;

    private TemplateDirectory(Path dir, String resources, List<String> builtInFiles) {
        this.dir = dir;
        this.resources = resources;
        this.builtInFiles = builtInFiles;
    }

    /** The resume templates built into jsa. */
    public static TemplateDirectory builtIn() {
        return new TemplateDirectory(null, "/jsa/templates/resume/", BUILT_IN_FILES);
    }

    /** The built-in template and stylesheet of Markdown documents ({@link #DOCUMENT_FILES}). */
    static TemplateDirectory documents() {
        return new TemplateDirectory(null, "/jsa/templates/prep/", DOCUMENT_FILES);
    }

    /**
     * The templates in {@code dir}.
     *
     * @throws JsaException when it is not a directory
     */
    public static TemplateDirectory of(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw JsaException.usage(
                    "templates directory " + dir + " does not exist",
                    "'jsa template init " + dir + "' writes the built-in templates there to edit");
        }
        return new TemplateDirectory(dir.toAbsolutePath().normalize(), null, BUILT_IN_FILES);
    }

    /** "the built-in templates" or the directory, for messages. */
    public String describe() {
        return dir == null ? "the built-in templates" : dir.toString();
    }

    /**
     * The address of {@code relative}, a path such as {@code css/standard.css}.
     *
     * @throws JsaException when the path is absolute, climbs out with {@code ..}, leaves the
     *     directory through a symbolic link, or names no file
     */
    public URL url(String relative) {
        String path = checked(relative);
        try {
            if (dir == null) {
                URL url = TemplateDirectory.class.getResource(resources + path);
                if (url == null) {
                    throw missing(path);
                }
                return url;
            }
            Path file = dir.resolve(path);
            if (!Files.isRegularFile(file)) {
                throw missing(path);
            }
            if (!file.toRealPath().startsWith(dir.toRealPath())) {
                throw JsaException.usage(
                        "template file " + path + " links to a file outside " + dir,
                        "templates are read from inside their directory only; copy the file in");
            }
            return file.toUri().toURL();
        } catch (IOException e) {
            throw JsaException.failure("cannot read template file " + path + " in " + describe(), e.getMessage());
        }
    }

    /** The address relative stylesheet links resolve against. */
    String baseUrl() {
        try {
            return dir == null
                    ? new URL(url(builtInFiles.get(0)), "../").toString()
                    : dir.toUri().toString();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("the base of a template address is an address", e);
        }
    }

    /** Where FreeMarker loads templates and their imports from; it refuses paths leaving the root. */
    TemplateLoader loader() {
        try {
            return dir == null
                    ? new ClassTemplateLoader(TemplateDirectory.class, resources)
                    : new FileTemplateLoader(dir.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content of {@code relative}, checked as {@link #url} checks it. */
    byte[] read(String relative) {
        try (InputStream in = url(relative).openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw JsaException.failure("cannot read template file " + relative + " in " + describe(), e.getMessage());
        }
    }

    /**
     * Writes the built-in templates into {@code target} for editing, creating it when missing.
     *
     * @param force overwrite files that exist; without it nothing is written when one does
     * @return the files written
     * @throws JsaException when a file exists and {@code force} is off, or writing fails
     */
    public static List<Path> init(Path target, boolean force) {
        TemplateDirectory builtIn = builtIn();
        if (!force) {
            for (String file : BUILT_IN_FILES) {
                if (Files.exists(target.resolve(file))) {
                    throw JsaException.failure(
                            target.resolve(file) + " exists; nothing was written",
                            "choose a new directory, or add --force to overwrite the template files");
                }
            }
        }
        List<Path> written = new ArrayList<>();
        try {
            for (String file : BUILT_IN_FILES) {
                Path path = target.resolve(file);
                Files.createDirectories(path.getParent());
                Files.write(path, builtIn.read(file));
                written.add(path);
            }
        } catch (IOException e) {
            throw JsaException.failure("cannot write the templates to " + target, e.getMessage());
        }
        return written;
    }

    private static String checked(String relative) {
        boolean bad = relative == null
                || relative.isBlank()
                || relative.startsWith("/")
                || relative.contains("\\")
                || relative.indexOf('\0') >= 0
                || relative.matches("^[A-Za-z]:.*");
        if (!bad) {
            for (String part : relative.split("/", -1)) {
                bad |= part.isEmpty() || part.equals(".") || part.equals("..");
            }
        }
        if (bad) {
            throw JsaException.usage(
                    "template path '" + relative + "' is not a relative path inside the templates directory",
                    "use a path such as html/engineer.ftlh in the profile file's templates and import it again");
        }
        return relative;
    }

    private JsaException missing(String path) {
        return JsaException.usage(
                "template file " + path + " is not in " + describe(),
                dir == null
                        ? "the built-in templates are " + String.join(", ", builtInFiles)
                        : "add it, or 'jsa template init DIR' for a fresh copy of the built-in templates");
    }
}
