package jsa;

import java.util.List;

/** Several problems found in one input, said in one line: the first few, then how many more. */
public final class ProblemList {
    private ProblemList() {}

    /** "line 3: ...; line 9: ...; and 4 more problems", showing at most {@code shown}. */
    public static String summary(List<String> problems, int shown) {
        String first = String.join("; ", problems.subList(0, Math.min(shown, problems.size())));
        return problems.size() > shown ? first + "; and " + (problems.size() - shown) + " more problems" : first;
    }
}
