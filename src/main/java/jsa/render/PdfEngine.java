package jsa.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.util.XRLog;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;

import jsa.JsaException;

/**
 * Lays XHTML out on pages with Flying Saucer and writes it as PDF with OpenPDF. The fonts are
 * parsed once and shared by every document: parsing them takes longer than rendering a page.
 */
final class PdfEngine {
    private final ITextFontResolver fonts = new ITextFontResolver();
    private final DocumentBuilder xml = xmlParser();
    private final GlyphCoverage coverage;

    /** @throws JsaException when a font file cannot be read */
    PdfEngine(FontCatalog catalog) {
        // Flying Saucer logs every step to java.util.logging on stderr
        XRLog.setLoggingEnabled(false);
        Map<String, IntPredicate> families = new LinkedHashMap<>();
        for (Path face : catalog.faces()) {
            Set<String> before = new HashSet<>(fonts.getFonts().keySet());
            try {
                register(face);
            } catch (IOException | RuntimeException e) {
                throw JsaException.failure(
                        "cannot use the font " + face + ": " + e.getMessage(), "remove it or its --font-dir");
            }
            fonts.getFonts().forEach((name, family) -> {
                if (!before.contains(name)) {
                    families.put(name, has(family));
                }
            });
        }
        coverage = new GlyphCoverage(families);
    }

    // From the file's bytes: a font made from a path rereads the file, unbuffered, for the
    // subset each PDF embeds, which took most of the time to write one
    private void register(Path face) throws IOException {
        String path = face.toString();
        if (path.toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            fonts.addFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } else {
            fonts.addFont(
                    BaseFont.createFont(
                            path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, Files.readAllBytes(face), null),
                    path,
                    null);
        }
    }

    GlyphCoverage coverage() {
        return coverage;
    }

    /**
     * Lays {@code xhtml} out; relative links resolve against {@code baseUrl}.
     *
     * @throws JsaException when the template made XHTML that is not well-formed
     */
    Layout layout(String xhtml, String baseUrl, String template) {
        Document document;
        try {
            document = xml.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXParseException e) {
            throw JsaException.usage(
                    "template " + template + " made XHTML that is not well-formed: line " + e.getLineNumber() + ": "
                            + e.getMessage(),
                    "close every tag and write entities as numbers (&#160;), then render again");
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("reading XHTML from a string", e);
        }
        ITextRenderer renderer = new ITextRenderer(fonts);
        renderer.setDocument(document, baseUrl);
        renderer.layout();
        return new Layout(renderer);
    }

    /** A laid-out document: its page count, and the PDF of it. */
    static final class Layout implements PageFitter.Attempt {
        private final ITextRenderer renderer;

        private Layout(ITextRenderer renderer) {
            this.renderer = renderer;
        }

        // counted from the layout itself: no PDF is written and read back to learn it
        @Override
        public int pages() {
            return renderer.getRootBox().getLayer().getPages().size();
        }

        /**
         * Writes the PDF with {@code meta} as its properties (a null one left out) and {@code id}
         * as its identity.
         */
        void write(OutputStream out, ResumeView.Meta meta, DocumentId id) throws IOException {
            // set at close, so that they win over whatever the template's head says
            renderer.setListener(new DefaultPDFCreationListener() {
                @Override
                public void onClose(ITextRenderer closing) {
                    PdfDictionary info = closing.getWriter().getInfo();
                    put(info, PdfName.TITLE, meta.title());
                    put(info, PdfName.AUTHOR, meta.author());
                    put(info, PdfName.SUBJECT, meta.subject());
                    put(info, PdfName.KEYWORDS, meta.keywords());
                    put(info, PdfName.CREATOR, "jsa");
                    info.put(new PdfName(id.key()), new PdfString(id.value()));
                }
            });
            try {
                renderer.createPDF(out);
            } catch (DocumentException e) {
                throw new IOException(e.getMessage(), e);
            }
        }

        private static void put(PdfDictionary info, PdfName key, String value) {
            if (value != null) {
                info.put(key, new PdfString(value, PdfObject.TEXT_UNICODE));
            }
        }
    }

    // the regular face stands for its family: the faces of one family cover the same characters
    private static IntPredicate has(FontFamily family) {
        BaseFont font = family.getFontDescriptions().get(0).getFont();
        return font::charExists;
    }

    // Flying Saucer's own parser goes through an identity XSLT transform and, for <!DOCTYPE html>,
    // an entity DTD: a plain DOM parser made once takes a third of the time per document
    private static DocumentBuilder xmlParser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXParseException {
                    throw e;
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser has these features", e);
        }
    }
}
