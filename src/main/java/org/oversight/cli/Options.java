package org.oversight.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.oversight.query.Filter;
import org.oversight.query.QueryException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
      if (!Arrays.asList(accepted).contains(format)) {
        throw new CommandLine.ParameterException(spec.commandLine(), spec.name() + " prints "
            + String.join(" or ", Arrays.stream(accepted).map(Enum::name).toList()) + ", not " + format);
      }
      return format;
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
