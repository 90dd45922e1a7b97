package jsa.cli;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

import jsa.JsaException;

/**
 * The text of a file or stdin whose encoding nobody stated: UTF-8 as it should be, UTF-16 when a
 * byte-order mark says so, else Windows-1252 (what older Windows tools save), with a warning
 * rather than silently mangled characters.
 */
final class InputText {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private InputText() {}

    /**
     * The text of {@code bytes}.
     *
     * @throws JsaException when they are not text at all (a PDF, an image, a word-processor file)
     */
    static String decode(byte[] bytes, String name, Consumer<String> warnings) {
        if (startsWith(bytes, "%PDF-")) {
            throw JsaException.usage(
                    name + " is a PDF, not text", "copy the posting's text into a file, or save its web page as HTML");
        }
        if (bytes.length >= 2
                && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        // NUL is valid UTF-8, so a binary file can decode: look before decoding
        if (binary(bytes)) {
            throw JsaException.usage(
                    name + " is a binary file, not text",
                    "copy the posting's text into a file, or save its web page as HTML");
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            warnings.accept(name + " is not UTF-8; it was read as Windows-1252");
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        byte[] start = prefix.getBytes(StandardCharsets.US_ASCII);
        return bytes.length >= start.length && Arrays.equals(bytes, 0, start.length, start, 0, start.length);
    }

    // Text in any 8-bit encoding has no NUL and few control characters besides tab and newlines.
    private static boolean binary(byte[] bytes) {
        int control = 0;
        int sample = Math.min(bytes.length, 8192);
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                control++;
            }
        }
        return control > sample / 20;
    }
}
