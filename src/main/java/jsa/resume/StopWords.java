package jsa.resume;

import java.util.Set;

/**
 * Words that say nothing about what a requirement or a bullet is about: English function words,
 * the filler of job postings ("experience", "strong", "years", "familiarity") and level words of a
 * job title ("senior", "II"). Matching on them would make every bullet look relevant.
 */
final class StopWords {
    private static final Set<String> WORDS = Set.of("""
            a about above across after again against all also am an and any are as at be because been
            before being below between both but by can could did do does doing down during each either
            etc few for from further had has have having he her here hers him his how if in into is it
            its itself just me more most my no nor not now of off on once only or other others our out
            over own per same she should so some such than that the their them then there these they
            this those through to too under until up upon very via was we were what when where which
            while who whom why will with within without would you your yours one two three
            ability able advanced bonus candidate candidates degree demonstrated desired equivalent
            excellent experience experienced expert expertise familiar familiarity field good great
            hand hands high highly ideal ideally including knowledge least like minimum must new nice
            plus preferred proficiency proficient proven record related relevant required requirement
            requirements similar skill skills solid strong strongly track understanding use used uses using various
            well work worked working year years
            senior junior staff principal lead intern ii iii iv sr jr mid level
            """.strip().split("\\s+"));

    private StopWords() {}

    /** Whether {@code lowerCaseWord} is one of the stop words. */
    static boolean contains(String lowerCaseWord) {
        return WORDS.contains(lowerCaseWord);
    }
}
