package jsa.tracker;

/**
 * A change to a contract role's terms: each null component keeps what was recorded (or the
 * default: unknown, no benefits, no PTO).
 */
public record ContractChange(
        String consultingCompany, Integer months, Double hourlyRate, Boolean benefits, Boolean pto) {}
