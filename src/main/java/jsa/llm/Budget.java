package jsa.llm;

/** What a command may still spend on calls ({@code --budget USD}); not for concurrent use. */
public final class Budget {
    private final double limitUsd;
    private double spentUsd;

    public Budget(double limitUsd) {
        this.limitUsd = limitUsd;
    }

    /** The budget given. */
    public double limitUsd() {
        return limitUsd;
    }

    /** What is left of it. */
    public double remainingUsd() {
        return limitUsd - spentUsd;
    }

    void spend(double usd) {
        spentUsd += usd;
    }
}
