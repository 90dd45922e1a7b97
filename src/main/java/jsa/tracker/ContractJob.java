package jsa.tracker;

/**
 * The terms of a contract role; the numbers are null when not known.
 *
 * @param consultingCompany the agency the contract goes through, or null when direct
 * @param hourlyRate pay per hour, in the job's currency
 */
public record ContractJob(
        long jobId,
        String consultingCompany,
        Integer contractLengthMonths,
        Double hourlyRate,
        boolean providesBenefits,
        boolean providesPto) {}
