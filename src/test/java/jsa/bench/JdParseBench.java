package jsa.bench;

import java.util.List;
import java.util.Locale;

import jsa.jd.CorpusScore;
import jsa.jd.JdText;
import jsa.jd.OfflineJdParser;

/**
 * Offline JD parser benchmark: accuracy per field on the {@code jd-corpus} test resources, then the
 * mean time to normalize and parse one posting, each posting parsed {@code rounds} times after a
 * warm-up. Run from the test classpath, e.g. {@code java -cp target/classes:target/test-classes:...
 * jsa.bench.JdParseBench [rounds]}.
 */
public final class JdParseBench {
    private static final int WARM_UP_ROUNDS = 50;

    private JdParseBench() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        OfflineJdParser parser = new OfflineJdParser();
        List<CorpusScore.Posting> postings = CorpusScore.load();
        System.out.print(CorpusScore.score(postings, text -> parser.parse(JdText.normalize(text)))
                .report());

        long sink = 0;
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            sink += parseAll(parser, postings);
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            sink += parseAll(parser, postings);
        }
        double meanMillis = (System.nanoTime() - start) / 1e6 / ((double) rounds * postings.size());
        System.out.printf(
                Locale.ROOT,
                "normalize + parse: %.3f ms per JD (mean of %d postings x %d rounds; checksum %d)%n",
                meanMillis,
                postings.size(),
                rounds,
                sink);
    }

    // the requirement count feeds a checksum so the JIT cannot drop the work
    private static long parseAll(OfflineJdParser parser, List<CorpusScore.Posting> postings) {
        long count = 0;
        for (CorpusScore.Posting posting : postings) {
            count += parser.parse(JdText.normalize(posting.text()))
                    .requirements()
                    .size();
        }
        return count;
    }
}
