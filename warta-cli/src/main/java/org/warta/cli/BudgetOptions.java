package org.warta.cli;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warta.io.InputReader;
import org.warta.io.ReadLimits;
import org.warta.pipeline.Budget;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --max-record-size} and {@code --max-record-time} for commands that run the pipeline over records: how
 * large one record may be and how long it may take (see {@link Budget}). Readers and pipeline share the size.
 */
final class BudgetOptions {
    @Option(names = "--max-record-size", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Largest article accepted, as text (e.g. 4MiB, 500KB, 200000; web pages may be "
                    + Budget.MARKUP_FACTOR + " times as large; 0 for no limit). A larger record fails as too-large "
                    + "without being processed (default: 4MiB).")
    Long maxRecordSize;

    @Option(names = "--max-record-time", paramLabel = "TIME", converter = TimeConverter.class,
            description = "Longest time spent on one article (e.g. 10s, 500ms, 2m; 0 for no limit). A record that "
                    + "takes longer is stopped and fails as too-slow; the run goes on (default: 10s).")
    Duration maxRecordTime;

    Budget budget() {
        Budget b = Budget.DEFAULT;
        if (maxRecordSize != null) {
            b = b.withMaxRecordBytes(maxRecordSize == 0 ? Long.MAX_VALUE : maxRecordSize);
        }
        if (maxRecordTime != null) {
            b = b.withMaxRecordTime(maxRecordTime);
        }
        return b;
    }

    /** A reader of files and standard input that refuses records over the size as it reads them. */
    InputReader reader() {
        return reader(System.in);
    }

    InputReader reader(InputStream stdin) {
        return new InputReader(ReadLimits.of(budget()), stdin);
    }

    /** "4MiB", "500KB", "1.5MB", "200000" (bytes); "0" for no limit. */
    static final class SizeConverter implements ITypeConverter<Long> {
        private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([a-z]*)");
        private static final Map<String, Long> UNITS = Map.of("", 1L, "b", 1L, "kb", 1_000L, "kib", 1L << 10,
                "mb", 1_000_000L, "mib", 1L << 20, "gb", 1_000_000_000L, "gib", 1L << 30);

        @Override
        public Long convert(String value) {
            Matcher m = SIZE.matcher(value.strip().toLowerCase(Locale.ROOT));
            Long unit = m.matches() ? UNITS.get(m.group(2)) : null;
            if (unit == null) {
                throw new TypeConversionException("'" + value + "' is not a size (examples: 4MiB, 500KB, 200000)");
            }
            BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit));
            if (bytes.signum() > 0 && bytes.compareTo(BigDecimal.ONE) < 0 || bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
                throw new TypeConversionException("'" + value + "' is out of range");
            }
            return bytes.longValue();
        }
    }

    /** "10s", "500ms", "2m", "1h", "1.5s", "10" (seconds); "0" for no limit. */
    static final class TimeConverter implements ITypeConverter<Duration> {
        private static final Pattern TIME = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min|h)?");

        @Override
        public Duration convert(String value) {
            Matcher m = TIME.matcher(value.strip().toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new TypeConversionException("'" + value + "' is not a time (examples: 10s, 500ms, 2m)");
            }
            String unit = m.group(2) == null ? "s" : m.group(2);
            long perUnit = switch (unit) {
                case "ms" -> 1L;
                case "s" -> 1_000L;
                case "m", "min" -> 60_000L;
                default -> 3_600_000L;
            };
            BigDecimal millis = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(perUnit));
            if (millis.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 1_000_000)) > 0) {
                throw new TypeConversionException("'" + value + "' is out of range");
            }
            if (millis.signum() > 0 && millis.compareTo(BigDecimal.ONE) < 0) {
                throw new TypeConversionException("'" + value + "' is shorter than a millisecond");
            }
            return Duration.ofMillis(millis.longValue());
        }
    }
}
