package jsa.resume;

import java.util.ArrayList;
import java.util.List;

/** The shortest line-by-line edit from one text to another, by their longest common subsequence. */
final class LineDiff {
    /**
     * One line of the edit.
     *
     * @param op {@code ' '} kept, {@code '-'} removed or {@code '+'} added
     * @param before its number in the first text, from 1; for an added line, the number of the
     *     first text's line before it
     * @param after likewise in the second text
     */
    record Line(char op, String text, int before, int after) {}

    private LineDiff() {}

    /** Every line of both texts, in order: removals before the additions that replace them. */
    static List<Line> of(List<String> before, List<String> after) {
        int n = before.size();
        int m = after.size();
        // common[i][j]: the length of the longest common subsequence of before[i..] and after[j..]
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = before.get(i).equals(after.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && before.get(i).equals(after.get(j))) {
                lines.add(new Line(' ', before.get(i), i + 1, j + 1));
                i++;
                j++;
            } else if (j == m || (i < n && common[i + 1][j] >= common[i][j + 1])) {
                lines.add(new Line('-', before.get(i), i + 1, j));
                i++;
            } else {
                lines.add(new Line('+', after.get(j), i, j + 1));
                j++;
            }
        }
        return lines;
    }
}
