package jsa.jobs;

/**
 * A Greenhouse, Lever, Ashby or SmartRecruiters board.
 *
 * @param board the board token, Lever site, Ashby board name or SmartRecruiters company id
 * @param apiBase overrides the platform's API host (loopback in tests, Lever's EU host), or null
 */
public record BoardConfig(String board, String apiBase) {}
