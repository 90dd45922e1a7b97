package jsa.jobs;

/** Generated Greenhouse board responses for tests that need many postings. */
public final class GreenhouseBoard {
    private GreenhouseBoard() {}

    /**
     * Board {@code name} with {@code postings} postings titled {@code prefix} and their number,
     * with ids that differ from board to board.
     */
    public static String json(String name, int postings, String prefix) {
        StringBuilder json = new StringBuilder("{\"jobs\": [");
        for (int i = 0; i < postings; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"id\": ")
                    .append(name.hashCode() & 0xffff)
                    .append(i)
                    .append(", \"title\": \"")
                    .append(prefix)
                    .append(i)
                    .append("\", \"location\": {\"name\": \"Remote\"}}");
        }
        return json.append("]}").toString();
    }
}
