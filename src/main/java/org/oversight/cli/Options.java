package org.oversight.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.oversight.query.Filter;
import org.oversight.query.QueryException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** Options several commands share, declared once and mixed in. */
final class Options {
  private Options() {}

  /** {@code --index DIR}. */
  static final class Index {
    @Option(names = "--index", defaultValue = "index", description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path index;
  }

  /** {@code --format}: every command that has it honours each value it accepts and refuses the rest. */
  static final class Format {
    @Spec(Spec.Target.MIXEE) CommandSpec spec;

    @Option(names = "--format", defaultValue = "table", description = "table, json, jsonl or csv "
        + "(default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    /** The format asked for, refused with the accepted ones when the command does not produce it. */
    OutputFormat require(OutputFormat... accepted) {
      return Options.require(spec, format, accepted);
    }
  }

  /**
   * The format asked for, refused (a usage error, exit code 2) with the ones the command prints when it is not one
   * of them.
   */
  static OutputFormat require(CommandSpec spec, OutputFormat format, OutputFormat... accepted) {
    if (!Arrays.asList(accepted).contains(format)) {
      List<String> names = Arrays.stream(accepted).map(Enum::name).toList();
      String list = names.size() == 1 ? names.get(0)
          : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
      throw new CommandLine.ParameterException(spec.commandLine(), "--format " + format + " is not one that "
          + spec.name() + " prints; it prints " + list);
    }
    return format;
  }

  /** A whole number of at least 1 (a limit, a count of threads). */
  static final class AtLeastOne implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int n = whole(value);
      if (n < 1) throw new TypeConversionException("must be a whole number of at least 1, not '" + value + "'");
      return n;
    }
  }

  /** A whole number of at least 0. */
  static final class AtLeastZero implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int n = whole(value);
      if (n < 0) throw new TypeConversionException("must be a whole number of at least 0, not '" + value + "'");
      return n;
    }
  }

  /** A TCP port: 0 (any free one) to 65535. */
  static final class Port implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int n = whole(value);
      if (n < 0 || n > 65535) throw new TypeConversionException("must be a port from 0 to 65535, not '" + value + "'");
      return n;
    }
  }

  /** A size or a number of seconds: a whole number of at least 1. */
  static final class Positive implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      long n;
      try {
        n = Long.parseLong(value.strip());
      } catch (NumberFormatException e) {
        throw new TypeConversionException("must be a whole number of at least 1, not '" + value + "'");
      }
      if (n < 1) throw new TypeConversionException("must be a whole number of at least 1, not '" + value + "'");
      return n;
    }
  }

  /** A number of seconds that may be 0 (a delay). */
  static final class NonNegative implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      double d = number(value);
      if (d < 0) throw new TypeConversionException("must be a number of at least 0, not '" + value + "'");
      return d;
    }
  }

  /** A score between 0 and 1. */
  static final class Fraction implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      double d = number(value);
      if (d < 0 || d > 1) throw new TypeConversionException("must be between 0 and 1, not '" + value + "'");
      return d;
    }
  }

  private static int whole(String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("must be a whole number, not '" + value + "'");
    }
  }

  private static double number(String value) {
    try {
      double d = Double.parseDouble(value.strip());
      if (Double.isNaN(d) || Double.isInfinite(d)) throw new NumberFormatException();
      return d;
    } catch (NumberFormatException e) {
      throw new TypeConversionException("must be a number, not '" + value + "'");
    }
  }

  /** The filters of search, export and the web page: one {@link Filter}. */
  static final class Filters {
    @Option(names = "--type", description = "Document type: hmicfrs_report, hmicfrs_letter, pcc_response, "
        + "news_article, other.")
    String type;

    @Option(names = "--force", description = "Only documents about this force (name, alias or area: Notts, TVP, "
        + "Kent).")
    String force;

    @Option(names = "--report", description = "Only documents about this report (title or a fragment that fits "
        + "one).")
    String report;

    @Option(names = "--person", description = "Only documents naming this person (name or part of it).")
    String person;

    @Option(names = "--from", description = "Earliest document date: YYYY-MM-DD, YYYY-MM or YYYY.")
    String from;

    @Option(names = "--to", description = "Latest document date: YYYY-MM-DD, YYYY-MM or YYYY.")
    String to;

    Filter filter() throws QueryException {
      return Filter.parse(type, force, report, person, from, to);
    }

    /** The filters given, by option name ({@code type}, {@code force} ...), as typed. */
    Map<String, String> given() {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("type", type);
      m.put("force", force);
      m.put("report", report);
      m.put("person", person);
      m.put("from", from);
      m.put("to", to);
      m.values().removeIf(Objects::isNull);
      return m;
    }
  }

}
