package jsa.render;

import java.util.Locale;

/**
 * What a written file is a rendering of, recorded in it (a PDF info entry {@code key}, or a
 * comment at the end of an HTML page), so that a new rendering of the same document replaces
 * its file and never another one.
 *
 * @param key the PDF info key, such as {@code JsaResume}
 * @param value the document within its kind, such as the resume's id
 */
public record DocumentId(String key, String value) {
    public DocumentId {
        if (!key.matches("Jsa[A-Za-z]+") || value.isBlank() || value.contains("--")) {
            throw new IllegalArgumentException("not a document id: " + key + " " + value);
        }
    }

    /** Resume {@code resumeId}. */
    public static DocumentId resume(long resumeId) {
        return new DocumentId("JsaResume", Long.toString(resumeId));
    }

    // the kind in words ("resume" for JsaResume): resume pages carried "jsa resume ID" before
    // other documents had ids
    String htmlMarker() {
        return "\n<!-- jsa " + key.substring("Jsa".length()).toLowerCase(Locale.ROOT) + " " + value + " -->\n";
    }
}
