package jsa.cli;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The text of a file or stdin whose encoding nobody stated: UTF-8 as it should be, UTF-16 when a
 * byte-order mark says so, else Windows-1252 (what older Windows tools save), with a warning
 * rather than silently mangled characters.
 */
final class InputText {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private InputText() {}

    static String decode(byte[] bytes, String name, Consumer<String> warnings) {
        if (bytes.length >= 2
                && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return new String(bytes, StandardCharsets.UTF_16);
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
}
