package jsa.render;

/** Which stylesheet a rendering uses. */
public enum RenderStyle {
    /** The template's own stylesheet ({@code style_path}). */
    STANDARD,
    /** The compact stylesheet of the templates directory. */
    COMPACT,
    /**
     * The template's stylesheet; the compact one when that runs over the page budget; then the
     * compact one without the lowest-relevance bullets of the longest roles until it fits.
     */
    AUTO
}
