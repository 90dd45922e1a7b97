package jsa.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jsa.Sha256;

/**
 * Output file names: {@code {company}_{listing_job_title}_{level}} in a stable ASCII form that
 * no file system or shell misreads, and a version suffix when another file has the name.
 */
public final class PdfFileName {
    private static final int MAX_PART = 60;
    // letters that do not decompose into an ASCII letter plus accents
    private static final Map<Integer, String> LETTERS = Map.ofEntries(
            Map.entry((int) 'ß', "ss"),
            Map.entry((int) 'æ', "ae"),
            Map.entry((int) 'Æ', "AE"),
            Map.entry((int) 'œ', "oe"),
            Map.entry((int) 'Œ', "OE"),
            Map.entry((int) 'ø', "o"),
            Map.entry((int) 'Ø', "O"),
            Map.entry((int) 'ł', "l"),
            Map.entry((int) 'Ł', "L"),
            Map.entry((int) 'đ', "d"),
            Map.entry((int) 'Đ', "D"),
            Map.entry((int) 'þ', "th"),
            Map.entry((int) 'Þ', "Th"),
            Map.entry((int) 'ı', "i"),
            Map.entry((int) '&', "and"),
            Map.entry((int) '+', "plus"),
            Map.entry((int) '#', "sharp"));
    // names Windows reserves whatever the extension
    private static final Set<String> RESERVED = Set.of(
            "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1",
            "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private PdfFileName() {}

    /**
     * The file name stem of {@code parts}, null and blank ones left out: their letters, digits and
     * inner hyphens in ASCII (accents dropped, ß as ss), everything else one {@code _}, e.g.
     * {@code Northwind_Analytics_Senior_Backend_Engineer_Senior}. A part with nothing ASCII in it
     * becomes a short hash of itself, so that it stays distinct and stable.
     */
    public static String stem(String... parts) {
        String stem = Stream.of(parts)
                .filter(Objects::nonNull)
                .filter(part -> !part.isBlank())
                .map(PdfFileName::ascii)
                .collect(Collectors.joining("_"));
        if (stem.isEmpty()) {
            return "resume";
        }
        return RESERVED.contains(stem.toUpperCase(Locale.ROOT)) ? stem + "_" : stem;
    }

    /**
     * The path in {@code dir} for {@code stem} and {@code extension}: the plain name when it is
     * free or {@code same} says the file there is this one, else the first such {@code _v2},
     * {@code _v3}...
     */
    public static Path versioned(Path dir, String stem, String extension, Predicate<Path> same) {
        Path candidate = dir.resolve(stem + "." + extension);
        for (int version = 2; Files.exists(candidate) && !same.test(candidate); version++) {
            candidate = dir.resolve(stem + "_v" + version + "." + extension);
        }
        return candidate;
    }

    private static String ascii(String part) {
        StringBuilder out = new StringBuilder();
        Normalizer.normalize(part, Normalizer.Form.NFKD).codePoints().forEach(cp -> {
            if (cp < 128 && (Character.isLetterOrDigit(cp) || cp == '-')) {
                out.appendCodePoint(cp);
            } else if (LETTERS.containsKey(cp)) {
                out.append(LETTERS.get(cp));
            } else if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                // anything else separates words: spaces, punctuation, slashes, dots, controls
                out.append('_');
            }
        });
        String words = out.toString()
                .replaceAll("[_-]*_[_-]*", "_")
                .replaceAll("-+", "-")
                .replaceAll("^[_-]+|[_-]+$", "");
        if (words.isEmpty()) {
            return "x" + Sha256.hex(part).substring(0, 8);
        }
        return words.length() <= MAX_PART ? words : words.substring(0, MAX_PART).replaceAll("[_-]+$", "");
    }
}
