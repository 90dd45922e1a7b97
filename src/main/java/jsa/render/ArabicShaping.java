package jsa.render;

/**
 * Arabic letters in their joined forms. Flying Saucer draws each character's own glyph, so
 * without this every Arabic letter would stand alone, as if spelt out. Each letter becomes its
 * isolated, final, initial or medial presentation form (Unicode's Arabic Presentation Forms-B,
 * which DejaVu Sans has) by whether its neighbours join it, and lam followed by alef becomes
 * their ligature. Marks (harakat) are skipped over when looking for neighbours. Letters outside
 * the basic Arabic alphabet (Persian and Urdu additions) are left as they are.
 */
final class ArabicShaping {
    private static final int FIRST = 0x0621;
    private static final int LAST = 0x064A;
    private static final int TATWEEL = 0x0640;
    private static final int LAM = 0x0644;

    /**
     * Per letter from U+0621: its isolated form, and whether it joins the next letter too (dual
     * joining: final, initial and medial forms follow the isolated one) or only the one before
     * (right joining: a final form only); 0 for a code point that is not a letter.
     */
    private static final int[][] FORMS = {
        {0xFE80, 0},
        {0xFE81, 1},
        {0xFE83, 1},
        {0xFE85, 1},
        {0xFE87, 1},
        {0xFE89, 2},
        {0xFE8D, 1},
        {0xFE8F, 2},
        {0xFE93, 1},
        {0xFE95, 2},
        {0xFE99, 2},
        {0xFE9D, 2},
        {0xFEA1, 2},
        {0xFEA5, 2},
        {0xFEA9, 1},
        {0xFEAB, 1},
        {0xFEAD, 1},
        {0xFEAF, 1},
        {0xFEB1, 2},
        {0xFEB5, 2},
        {0xFEB9, 2},
        {0xFEBD, 2},
        {0xFEC1, 2},
        {0xFEC5, 2},
        {0xFEC9, 2},
        {0xFECD, 2},
        {0, 0},
        {0, 0},
        {0, 0},
        {0, 0},
        {0, 0},
        {0, 0},
        {0xFED1, 2},
        {0xFED5, 2},
        {0xFED9, 2},
        {0xFEDD, 2},
        {0xFEE1, 2},
        {0xFEE5, 2},
        {0xFEE9, 2},
        {0xFEED, 1},
        {0xFEEF, 1},
        {0xFEF1, 2}
    };

    private ArabicShaping() {}

    /** {@code text} with its Arabic letters joined; text without them comes back as it was. */
    static String shape(String text) {
        if (text.chars().noneMatch(ArabicShaping::isLetter)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isLetter(c)) {
                out.append(c);
                continue;
            }
            boolean joinsBefore = joinsForward(before(text, i));
            int next = after(text, i);
            if (c == LAM && next >= 0 && lamAlef(text.charAt(next)) > 0) {
                // the ligature's isolated form, or its final one when a letter before joins it
                out.append((char) (lamAlef(text.charAt(next)) + (joinsBefore ? 1 : 0)));
                out.append(text, i + 1, next);
                i = next;
                continue;
            }
            boolean joinsAfter = dual(c) && next >= 0 && joinsBackward(text.charAt(next));
            int isolated = FORMS[c - FIRST][0];
            int form;
            if (joinsBefore && joinsAfter) {
                form = isolated + 3;
            } else if (joinsBefore && FORMS[c - FIRST][1] > 0) {
                form = isolated + 1;
            } else if (joinsAfter) {
                form = isolated + 2;
            } else {
                form = isolated;
            }
            out.append((char) form);
        }
        return out.toString();
    }

    private static boolean isLetter(int c) {
        return c >= FIRST && c <= LAST && FORMS[c - FIRST][0] != 0;
    }

    private static boolean dual(int c) {
        return isLetter(c) && FORMS[c - FIRST][1] == 2;
    }

    // a character that joins the letter after it: a dual-joining letter or tatweel
    private static boolean joinsForward(int c) {
        return c == TATWEEL || dual(c);
    }

    // a character that joins the letter before it: any letter but hamza, or tatweel
    private static boolean joinsBackward(int c) {
        return c == TATWEEL || (isLetter(c) && FORMS[c - FIRST][1] > 0);
    }

    // harakat and the superscript alef sit on a letter without breaking its joins
    private static boolean isMark(int c) {
        return (c >= 0x064B && c <= 0x065F) || c == 0x0670;
    }

    private static int before(String text, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!isMark(text.charAt(j))) {
                return text.charAt(j);
            }
        }
        return -1;
    }

    private static int after(String text, int i) {
        for (int j = i + 1; j < text.length(); j++) {
            if (!isMark(text.charAt(j))) {
                return j;
            }
        }
        return -1;
    }

    // the isolated lam-alef ligature for an alef, 0 for any other letter
    private static int lamAlef(char alef) {
        switch (alef) {
            case 0x0622:
                return 0xFEF5;
            case 0x0623:
                return 0xFEF7;
            case 0x0625:
                return 0xFEF9;
            case 0x0627:
                return 0xFEFB;
            default:
                return 0;
        }
    }
}
