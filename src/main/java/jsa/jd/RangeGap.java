package jsa.jd;

import java.util.regex.Pattern;

/** Whether the text between two figures makes them one range: "-", "–", "—", "~", "to", "and". */
final class RangeGap {
    private static final Pattern GAP =
            Pattern.compile("\\s*(?:-{1,2}|–|—|~|to|and|through)\\s*", Pattern.CASE_INSENSITIVE);

    private RangeGap() {}

    static boolean joins(String sentence, MoneyFigure low, MoneyFigure high) {
        return low.end() <= high.start()
                && GAP.matcher(sentence.substring(low.end(), high.start())).matches();
    }
}
