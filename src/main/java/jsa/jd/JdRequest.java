package jsa.jd;

/**
 * A job description to parse, with what the user knows that the text may lack.
 *
 * @param rawText the text as given: plain, Markdown or HTML
 * @param company the employer, overriding the parsed one; or null
 * @param title the job title, overriding the parsed one; or null
 * @param url the posting's address, or null
 * @param externalJobId the company's id of the posting, or null
 * @param source where it came from (a file name, {@code stdin}, {@code listing}), or null
 * @param listingId the synced listing it came from, or null
 * @param save whether to store the job (else only parse and validate)
 */
public record JdRequest(
        String rawText,
        String company,
        String title,
        String url,
        String externalJobId,
        String source,
        Long listingId,
        boolean save) {}
