package jsa.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jsa.JsaException;

/**
 * The font files a rendering embeds, found at run time: the first of Carlito (metric-compatible
 * with Calibri), Liberation Sans and DejaVu Sans, DejaVu Sans as well for the characters the
 * first lacks, every font in the {@code --font-dir} directories, which are also searched first
 * for those families, and on request ({@link #withCode}) DejaVu Sans Mono for code.
 */
public final class FontCatalog {
    /** The families the stylesheets name, in their order; the first one registered sets the text. */
    static final List<String> PREFERRED = List.of("Carlito", "Calibri", "Liberation Sans", "DejaVu Sans");
    /** The families looked for by file name: regular, bold, italic, bold italic. */
    private static final Map<String, List<String>> FILES = Map.of(
            "Carlito",
            List.of("Carlito-Regular.ttf", "Carlito-Bold.ttf", "Carlito-Italic.ttf", "Carlito-BoldItalic.ttf"),
            "Liberation Sans",
            List.of(
                    "LiberationSans-Regular.ttf",
                    "LiberationSans-Bold.ttf",
                    "LiberationSans-Italic.ttf",
                    "LiberationSans-BoldItalic.ttf"),
            "DejaVu Sans",
            List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
            "DejaVu Sans Mono",
            List.of("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"));

    private static final String FALLBACK = "DejaVu Sans";
    /** For code in Markdown documents; without it, code is set in the text font. */
    private static final String MONOSPACE = "DejaVu Sans Mono";

    private static final int DEPTH = 5;

    private final List<Path> faces;
    private final List<Path> codeFaces;

    FontCatalog(List<Path> faces, List<Path> codeFaces) {
        this.faces = List.copyOf(faces);
        this.codeFaces = List.copyOf(codeFaces);
    }

    /**
     * Looks in {@code fontDirs}, then the user's and the system's font directories ({@code
     * ~/.local/share/fonts}, {@code ~/.fonts}, {@code /usr/local/share/fonts}, {@code
     * /usr/share/fonts} and the macOS ones).
     *
     * @throws JsaException when a font directory is missing, or no font to embed is found
     */
    public static FontCatalog discover(List<Path> fontDirs, Path home, Map<String, String> env) {
        List<Path> dirs = new ArrayList<>();
        for (Path dir : fontDirs) {
            if (!Files.isDirectory(dir)) {
                throw JsaException.usage("font directory " + dir + " does not exist", "give a directory of .ttf files");
            }
            dirs.add(dir);
        }
        String dataHome = env.get("XDG_DATA_HOME");
        dirs.add(
                dataHome != null && dataHome.startsWith("/")
                        ? Path.of(dataHome, "fonts")
                        : home.resolve(".local/share/fonts"));
        dirs.add(home.resolve(".fonts"));
        dirs.add(home.resolve("Library/Fonts"));
        String dataDirs = env.getOrDefault("XDG_DATA_DIRS", "");
        for (String dir : (dataDirs.isBlank() ? "/usr/local/share:/usr/share" : dataDirs).split(":")) {
            if (dir.startsWith("/")) {
                dirs.add(Path.of(dir, "fonts"));
            }
        }
        dirs.add(Path.of("/Library/Fonts"));
        return fromFiles(files(dirs), files(fontDirs));
    }

    /** The catalog of {@code found} (first file of each name wins) plus every font of {@code extra}. */
    static FontCatalog fromFiles(List<Path> found, List<Path> extra) {
        Map<String, Path> byName = new LinkedHashMap<>();
        found.forEach(file -> byName.putIfAbsent(file.getFileName().toString(), file));
        Set<Path> faces = new LinkedHashSet<>();
        String primary = PREFERRED.stream()
                .filter(family -> FILES.containsKey(family)
                        && byName.containsKey(FILES.get(family).get(0)))
                .findFirst()
                .orElse(null);
        for (String family : primary == null ? List.of(FALLBACK) : List.of(primary, FALLBACK)) {
            FILES.get(family).stream()
                    .map(byName::get)
                    .filter(file -> file != null)
                    .forEach(faces::add);
        }
        extra.stream()
                .filter(file ->
                        file.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(ttf|otf|ttc)"))
                .forEach(faces::add);
        if (faces.isEmpty()) {
            throw JsaException.failure(
                    "no font to embed: none of Carlito, Liberation Sans or DejaVu Sans is installed",
                    "install one (Debian, Ubuntu: apt-get install fonts-crosextra-carlito), or pass --font-dir DIR"
                            + " with its .ttf files");
        }
        List<Path> code = FILES.get(MONOSPACE).stream()
                .map(byName::get)
                .filter(file -> file != null)
                .toList();
        return new FontCatalog(List.copyOf(faces), code);
    }

    /** The font files to register, the preferred family's first. */
    public List<Path> faces() {
        return faces;
    }

    /**
     * This catalog with DejaVu Sans Mono for code, when it is installed: for documents that have
     * code. Resumes have none, and parsing two more fonts would slow every rendering.
     */
    public FontCatalog withCode() {
        List<Path> all = new ArrayList<>(faces);
        codeFaces.stream().filter(face -> !all.contains(face)).forEach(all::add);
        return new FontCatalog(all, List.of());
    }

    private static List<Path> files(List<Path> dirs) {
        List<Path> files = new ArrayList<>();
        FileVisitor<Path> collect = new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile()) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // an unreadable corner of a font directory hides only the fonts in it
                return FileVisitResult.CONTINUE;
            }
        };
        for (Path dir : dirs) {
            if (Files.isDirectory(dir)) {
                try {
                    Files.walkFileTree(dir, Set.of(FileVisitOption.FOLLOW_LINKS), DEPTH, collect);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return files;
    }
}
