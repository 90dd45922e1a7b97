package jsa.jd;

import java.text.Normalizer;
import java.util.regex.Pattern;

import org.jsoup.parser.Parser;

import jsa.JsaException;
import jsa.Sha256;
import jsa.jobs.source.HtmlText;

/**
 * Turns a pasted or fetched job description into the plain text every parser reads: HTML flattened,
 * Unicode folded (NFKC), invisible characters gone, bullets as "- ", at most one blank line in a row.
 * Normalizing first means the parsers and the de-duplication hash see one spelling of each posting.
 */
public final class JdText {
    /** The most characters of raw input read; a whole web page is not a job description. */
    public static final int MAX_CHARS = 100_000;

    // Block tags carry an HTML document's structure; a text or Markdown posting may still hold a
    // stray inline tag, which must not send the whole posting through the HTML flattener.
    private static final Pattern BLOCK_TAG =
            Pattern.compile("(?i)<(?:p|li|ul|ol|div|h[1-6]|table|tr|td)(?:\\s[^>]*)?/?>");
    private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern INLINE_TAG =
            Pattern.compile("(?i)</?(?:span|strong|em|b|i|u|a|font|small|sup|sub)(?:\\s[^>]*)?>");
    private static final Pattern ENTITY =
            Pattern.compile("&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});");
    private static final Pattern ESCAPED_HTML_TAG =
            Pattern.compile("(?i)&lt;/?(?:p|li|ul|ol|br|div|h[1-6]|span|strong)(?:\\s|/|&gt;)");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?|[\\u2028\\u2029\\u0085]");
    private static final Pattern BLANKS = Pattern.compile("[ \\t\\x0B\\f]+");
    // glyphs that only ever mean "bullet" may touch the text; '*', '-' and dashes need a space after
    // them, or "**bold**" and "-5%" would become list items
    private static final Pattern BULLET = Pattern.compile("^(?:[•●◦▪▫■□‣⁃∙·○◆◇►▸➢✓✔]\\s*|[*–—−-]\\s+)");
    private static final Pattern MANY_BLANK_LINES = Pattern.compile("\\n{3,}");

    private JdText() {}

    /**
     * The normalized text of {@code raw}; empty for null.
     *
     * @throws JsaException when {@code raw} is longer than {@link #MAX_CHARS}
     */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        if (raw.length() > MAX_CHARS) {
            throw JsaException.usage(
                    "the job description is longer than the limit of " + MAX_CHARS + " characters",
                    "pass the posting itself, not a whole web page");
        }
        String text = raw;
        if (ESCAPED_HTML_TAG.matcher(text).find()) {
            text = Parser.unescapeEntities(text, false);
        }
        if (BLOCK_TAG.matcher(text).find()) {
            String flattened = HtmlText.of(text);
            text = flattened == null ? "" : flattened;
        } else {
            text = LINE_BREAK_TAG.matcher(text).replaceAll("\n");
            text = INLINE_TAG.matcher(text).replaceAll("");
            if (ENTITY.matcher(text).find()) {
                text = Parser.unescapeEntities(text, false);
            }
        }
        text = Normalizer.normalize(text, Normalizer.Form.NFKC);
        text = INVISIBLE.matcher(text).replaceAll("");
        text = LINE_BREAK.matcher(text).replaceAll("\n");
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            String tidy = BLANKS.matcher(line).replaceAll(" ").strip();
            out.append(BULLET.matcher(tidy).replaceFirst("- ")).append('\n');
        }
        return MANY_BLANK_LINES.matcher(out).replaceAll("\n\n").strip();
    }

    /** The SHA-256 of {@code normalized} as 64 lower-case hex digits, for spotting the same posting twice. */
    public static String sha256(String normalized) {
        return Sha256.hex(normalized);
    }
}
