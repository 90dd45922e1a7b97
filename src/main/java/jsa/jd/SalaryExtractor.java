package jsa.jd;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the stated pay: the first range (or single figure) in a sentence that talks about pay.
 * Figures elsewhere are benefits, funding or revenue ("$1,000 stipend", "raised $50M"), so a
 * figure counts only next to a pay word, and not when a benefit word stands closer to it.
 */
final class SalaryExtractor {
    /** The pay found: bounds may be null (a "starts at" figure has no top). */
    record Salary(BigDecimal min, BigDecimal max, String currency, String period) {}

    private static final Pattern PAY_WORD = Pattern.compile(
            "\\b(?:salary|salaries|compensation|pay|paid|wages?|base|ote|on-target|earnings?|remuneration|rate|range|band)\\b|💰",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_PAY_WORD = Pattern.compile(
            "\\b(?:stipend|allowance|raised?|raises|funding|revenue|valuation|series [a-f]|investors?|donations?|401\\(?k|"
                    + "reimburse\\w*|budget|bonus|credit|spend|assets|gift|relocation|coverage|hra|insurance)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LOWER_BOUND_ONLY = Pattern.compile(
            "\\b(?:starting (?:at|from)|starts? at|begins? at|beginning at|from|at least|minimum of)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UPPER_BOUND_ONLY = Pattern.compile("\\bup to\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MIN_LABEL = Pattern.compile("\\bmin(?:imum)?\\s*:\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MAX_LABEL = Pattern.compile("\\bmax(?:imum)?\\s*:\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CODE =
            Pattern.compile("\\b(USD|CAD|AUD|NZD|EUR|GBP|CHF|SGD|INR|JPY|SEK|NOK|DKK|PLN|MXN|BRL)\\b");
    private static final Pattern HOUR = Pattern.compile("per hour|an hour|/\\s?hr?\\b|/hour|\\bhourly\\b|\\bhr\\b");
    private static final Pattern MONTH = Pattern.compile("per month|a month|/\\s?mo(?:nth)?\\b|\\bmonthly\\b");
    private static final Pattern YEAR =
            Pattern.compile("per year|a year|/\\s?yr\\b|/\\s?year\\b|\\bannual(?:ly)?\\b|\\byearly\\b|per annum");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z(])");
    private static final Pattern BADGE = Pattern.compile("[💰🌎]");
    private static final int WINDOW = 40;

    private SalaryExtractor() {}

    /** The stated pay, or null when no sentence about pay gives a figure. */
    static Salary extract(JdDocument doc) {
        // the aggregator's badge is a summary: trust the employer's own words first
        Salary fromText = scan(doc, false);
        return fromText != null ? fromText : scan(doc, true);
    }

    private static Salary scan(JdDocument doc, boolean badges) {
        String previous = "";
        for (JdLine line : doc.lines()) {
            if (line.isBlank()) {
                continue;
            }
            String text = line.plain().replace("_", "");
            // a bare figure line ("$117,800—$141,900 CAD") takes its meaning from a short line above
            boolean labelled = words(text) <= 16
                    && words(previous) <= 10
                    && PAY_WORD.matcher(previous).find();
            boolean candidate =
                    hasDigit(text) && (labelled || PAY_WORD.matcher(text).find());
            if (candidate && BADGE.matcher(text).find() == badges) {
                for (String sentence : SENTENCE_BREAK.split(text)) {
                    Salary salary = inSentence(sentence, text, labelled);
                    if (salary != null) {
                        return salary;
                    }
                }
            }
            previous = text;
        }
        return null;
    }

    private static Salary inSentence(String sentence, String line, boolean labelled) {
        List<MoneyFigure> figures = MoneyFigure.findAll(sentence);
        if (figures.isEmpty() || !(labelled || PAY_WORD.matcher(sentence).find())) {
            return null;
        }
        for (int i = 0; i < figures.size(); i++) {
            MoneyFigure low = figures.get(i);
            if (!isPay(sentence, low)) {
                continue;
            }
            String before = sentence.substring(0, low.start());
            MoneyFigure high = highEnd(sentence, figures, i);
            if (high != null) {
                BigDecimal top = high.value();
                BigDecimal bottom = scaleLikeTop(low, high);
                return bottom.compareTo(top) <= 0 ? salary(bottom, top, sentence, line, low, high) : null;
            }
            if (LOWER_BOUND_ONLY.matcher(before).find()) {
                return salary(low.value(), null, sentence, line, low, low);
            }
            if (UPPER_BOUND_ONLY.matcher(before).find()) {
                return salary(null, low.value(), sentence, line, low, low);
            }
            return salary(low.value(), low.value(), sentence, line, low, low);
        }
        return null;
    }

    /** The figure that closes a range opened by figures[i]: the next one after a dash or "to", or a MAX: label. */
    private static MoneyFigure highEnd(String sentence, List<MoneyFigure> figures, int i) {
        MoneyFigure low = figures.get(i);
        if (MIN_LABEL.matcher(sentence.substring(0, low.start())).find()) {
            for (MoneyFigure other : figures.subList(i + 1, figures.size())) {
                if (MAX_LABEL.matcher(sentence.substring(0, other.start())).find()) {
                    return other;
                }
            }
        }
        if (i + 1 < figures.size() && RangeGap.joins(sentence, low, figures.get(i + 1))) {
            return figures.get(i + 1);
        }
        return null;
    }

    /** "$150-180k": the bottom takes the top's thousands when it has none of its own. */
    private static BigDecimal scaleLikeTop(MoneyFigure low, MoneyFigure high) {
        boolean bareBottom = low.value().compareTo(BigDecimal.valueOf(1_000)) < 0;
        boolean scaledTop = high.value().compareTo(BigDecimal.valueOf(1_000)) >= 0;
        if (bareBottom
                && scaledTop
                && low.value().multiply(BigDecimal.valueOf(1_000)).compareTo(high.value()) <= 0) {
            return MoneyFigure.tidy(low.value().multiply(BigDecimal.valueOf(1_000)));
        }
        return low.value();
    }

    /** A benefit or funding word nearer the figure than any pay word means the figure is not pay. */
    private static boolean isPay(String sentence, MoneyFigure figure) {
        if (!figure.hasMark()) {
            return false;
        }
        String near = sentence.substring(
                Math.max(0, figure.start() - WINDOW), Math.min(sentence.length(), figure.end() + WINDOW));
        return !NOT_PAY_WORD.matcher(near).find() || PAY_WORD.matcher(near).find();
    }

    private static Salary salary(
            BigDecimal min, BigDecimal max, String sentence, String line, MoneyFigure low, MoneyFigure high) {
        return new Salary(min, max, currency(sentence, line, low, high), period(sentence, low, high));
    }

    private static String currency(String sentence, String line, MoneyFigure low, MoneyFigure high) {
        if (low.currency() != null) {
            return low.currency();
        }
        if (high.currency() != null) {
            return high.currency();
        }
        // "$107,200 ... Currency: CAD": a code elsewhere in the sentence or line beats the "$" default
        for (String text : List.of(sentence, line)) {
            Matcher code = CODE.matcher(text);
            if (code.find()) {
                return code.group(1);
            }
        }
        return low.dollarSign() || high.dollarSign() ? "USD" : null;
    }

    private static String period(String sentence, MoneyFigure low, MoneyFigure high) {
        if (low.period() != null) {
            return low.period();
        }
        if (high.period() != null) {
            return high.period();
        }
        String text = sentence.toLowerCase(Locale.ROOT);
        if (HOUR.matcher(text).find()) {
            return "hour";
        }
        if (MONTH.matcher(text).find()) {
            return "month";
        }
        if (YEAR.matcher(text).find()) {
            return "year";
        }
        // no unit stated: two- or three-digit pay is hourly everywhere we know of
        return high.value().compareTo(BigDecimal.valueOf(500)) < 0 ? "hour" : "year";
    }

    private static boolean hasDigit(String text) {
        return text.chars().anyMatch(Character::isDigit);
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
