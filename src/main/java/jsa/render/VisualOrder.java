package jsa.render;

import java.text.Bidi;
import java.text.BreakIterator;
import java.util.Map;

/**
 * Right-to-left text in the order it is drawn. Flying Saucer draws every run left to right, so
 * a Hebrew or Arabic phrase is reordered here, as the Unicode bidi algorithm places it in a
 * left-to-right paragraph: its characters reversed (combining marks kept on their letter) and
 * its brackets mirrored. Arabic letters are joined before, by {@link ArabicShaping}.
 */
final class VisualOrder {
    private static final Map<Integer, Integer> MIRRORED = Map.of(
            (int) '(', (int) ')', (int) ')', (int) '(', (int) '[', (int) ']', (int) ']', (int) '[', (int) '{',
            (int) '}', (int) '}', (int) '{', (int) '<', (int) '>', (int) '>', (int) '<', 0xAB, 0xBB, 0xBB, 0xAB);

    private VisualOrder() {}

    /** {@code text} unchanged when it is all left-to-right, else in visual order. */
    static String of(String text) {
        char[] chars = text.toCharArray();
        if (!Bidi.requiresBidi(chars, 0, chars.length)) {
            return text;
        }
        Bidi bidi = new Bidi(text, Bidi.DIRECTION_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        String[] runs = new String[count];
        byte[] levels = new byte[count];
        for (int i = 0; i < count; i++) {
            String run = text.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            levels[i] = (byte) bidi.getRunLevel(i);
            runs[i] = levels[i] % 2 == 1 ? reversed(run) : run;
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        return String.join("", runs);
    }

    private static String reversed(String run) {
        StringBuilder out = new StringBuilder(run.length());
        BreakIterator clusters = BreakIterator.getCharacterInstance();
        clusters.setText(run);
        int end = clusters.last();
        for (int start = clusters.previous(); start != BreakIterator.DONE; end = start, start = clusters.previous()) {
            run.substring(start, end).codePoints().forEach(cp -> out.appendCodePoint(MIRRORED.getOrDefault(cp, cp)));
        }
        return out.toString();
    }
}
