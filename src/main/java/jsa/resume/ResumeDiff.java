package jsa.resume;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToIntFunction;

import jsa.resume.LineDiff.Line;

/**
 * How the text of one resume differs from another's, both as they render, in unified diff style:
 * {@code -} lines only in the first, {@code +} lines only in the second, three kept lines around
 * each change. As git names a hunk's function, each hunk's {@code @@} line names where its first
 * change is: the nearest line of the first text above it that is not indented, which is the
 * header of its role or section.
 */
public final class ResumeDiff {
    private static final int CONTEXT = 3;

    private final String beforeLabel;
    private final String afterLabel;
    private final List<Line> lines;

    private ResumeDiff(String beforeLabel, String afterLabel, List<Line> lines) {
        this.beforeLabel = beforeLabel;
        this.afterLabel = afterLabel;
        this.lines = List.copyOf(lines);
    }

    /** The diff from {@code before} to {@code after}, texts labelled for the {@code ---} and {@code +++} lines. */
    static ResumeDiff of(String beforeLabel, String before, String afterLabel, String after) {
        return new ResumeDiff(
                beforeLabel,
                afterLabel,
                LineDiff.of(before.lines().toList(), after.lines().toList()));
    }

    /** Whether both texts are the same. */
    public boolean identical() {
        return lines.stream().allMatch(line -> line.op() == ' ');
    }

    /** The diff, one line per line; empty when the texts are identical. */
    public String unified() {
        if (identical()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        text.append("--- ").append(beforeLabel).append('\n');
        text.append("+++ ").append(afterLabel).append('\n');
        int next = nextChange(0);
        while (next >= 0) {
            int start = Math.max(0, next - CONTEXT);
            int end = next + 1;
            // changes at most two contexts apart share a hunk
            for (int change = nextChange(end); change >= 0 && change - end < 2 * CONTEXT; change = nextChange(end)) {
                end = change + 1;
            }
            end = Math.min(lines.size(), end + CONTEXT);
            hunk(text, start, end, next);
            next = nextChange(end);
        }
        return text.toString();
    }

    private void hunk(StringBuilder text, int start, int end, int firstChange) {
        List<Line> hunk = lines.subList(start, end);
        text.append(String.format(
                Locale.ROOT,
                "@@ -%d,%d +%d,%d @@",
                first(hunk, '+', Line::before),
                count(hunk, '+'),
                first(hunk, '-', Line::after),
                count(hunk, '-')));
        section(firstChange).ifPresent(section -> text.append(' ').append(section));
        text.append('\n');
        hunk.forEach(line -> text.append(line.op()).append(line.text()).append('\n'));
    }

    /** The header of the role or section line {@code index} is in. */
    private Optional<String> section(int index) {
        for (int i = index - 1; i >= 0; i--) {
            String text = lines.get(i).text();
            if (lines.get(i).op() != '+' && !text.isBlank() && !Character.isWhitespace(text.charAt(0))) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    private int nextChange(int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).op() != ' ') {
                return i;
            }
        }
        return -1;
    }

    /** The number of the hunk's first line in the text that lacks the {@code absent} lines. */
    private static int first(List<Line> hunk, char absent, ToIntFunction<Line> number) {
        Line first = hunk.get(0);
        // a hunk opening with lines this text lacks starts after the line they follow
        boolean opensWithAbsent = first.op() == absent && count(hunk, absent) > 0;
        return number.applyAsInt(first) + (opensWithAbsent ? 1 : 0);
    }

    private static int count(List<Line> hunk, char absent) {
        return (int) hunk.stream().filter(line -> line.op() != absent).count();
    }
}
