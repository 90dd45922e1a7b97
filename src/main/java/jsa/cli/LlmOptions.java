package jsa.cli;

import java.math.BigDecimal;
import java.util.Iterator;

import jsa.llm.ProviderChoice;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The provider and spending options of every command that asks a model. */
final class LlmOptions {
    @Option(
            names = "--provider",
            paramLabel = "NAME",
            completionCandidates = ProviderNames.class,
            description = "anthropic, openai, offline or auto (default: config llm.provider).")
    String provider;

    @Option(
            names = "--budget",
            paramLabel = "USD",
            converter = UsdAmount.class,
            description = "Refuse any call whose cost could take the command over this many US dollars.")
    BigDecimal budget;

    /** A non-negative amount of US dollars, e.g. 0.50. */
    static final class UsdAmount implements ITypeConverter<BigDecimal> {
        @Override
        public BigDecimal convert(String value) {
            try {
                BigDecimal amount = new BigDecimal(value.strip().replaceFirst("^\\$", ""));
                if (amount.signum() < 0) {
                    throw new TypeConversionException("'" + value + "' is negative; give an amount such as 0.50");
                }
                return amount;
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not an amount of US dollars, such as 0.50");
            }
        }
    }

    /** The provider names, for completion. */
    static final class ProviderNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return ProviderChoice.CHOICES.iterator();
        }
    }
}
