package io.upsilon.cli;

import java.math.BigDecimal;
import picocli.CommandLine;

/**
 * Reads {@code --events} as physicists write it: {@code 1000000}, {@code 1e6} or {@code 2.5e7}, a
 * whole number either way (ranges are checked by the command).
 */
final class EventCount implements CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
        BigDecimal d;
        try {
            d = new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a number of events");
        }
        try {
            return d.longValueExact();
        } catch (ArithmeticException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a whole number of events below 2^63");
        }
    }
}
