package jsa.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/**
 * A PDF read back with OpenPDF, as an applicant tracking system would read it.
 *
 * @param text every page's text in content order
 * @param fonts each font's name, and whether the file embeds it
 */
record PdfFile(int pages, String text, Map<String, String> info, Map<String, Boolean> fonts) {
    static PdfFile read(Path file) {
        try {
            PdfReader reader = new PdfReader(file.toString());
            try {
                StringBuilder text = new StringBuilder();
                PdfTextExtractor extractor = new PdfTextExtractor(reader);
                Map<String, Boolean> fonts = new TreeMap<>();
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    text.append(extractor.getTextFromPage(page)).append('\n');
                    fonts.putAll(fonts(reader.getPageN(page)));
                }
                return new PdfFile(reader.getNumberOfPages(), text.toString(), reader.getInfo(), fonts);
            } finally {
                reader.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text without any white space: line breaks fall anywhere in a paragraph (after a hyphen
     * too), so tests compare text with its white space removed on both sides.
     */
    String squeezed() {
        return squeeze(text);
    }

    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static Map<String, Boolean> fonts(PdfDictionary page) {
        Map<String, Boolean> fonts = new TreeMap<>();
        PdfDictionary resources = page.getAsDict(PdfName.RESOURCES);
        PdfDictionary dictionary = resources == null ? null : resources.getAsDict(PdfName.FONT);
        if (dictionary == null) {
            return fonts;
        }
        for (PdfName key : dictionary.getKeys()) {
            PdfDictionary font = dictionary.getAsDict(key);
            PdfDictionary described = font;
            PdfArray descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
            if (descendants != null) {
                described = descendants.getAsDict(0);
            }
            PdfDictionary descriptor = described.getAsDict(PdfName.FONTDESCRIPTOR);
            boolean embedded = descriptor != null
                    && (descriptor.contains(PdfName.FONTFILE)
                            || descriptor.contains(PdfName.FONTFILE2)
                            || descriptor.contains(PdfName.FONTFILE3));
            fonts.put(font.getAsName(PdfName.BASEFONT).toString().substring(1), embedded);
        }
        return fonts;
    }

    /** Every font's name. */
    List<String> fontNames() {
        return new ArrayList<>(fonts.keySet());
    }
}
