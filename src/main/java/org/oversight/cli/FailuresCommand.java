package org.oversight.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.oversight.index.KnownFailures;
import org.oversight.index.StoredFailure;
import org.oversight.ingest.FileNames;
import org.oversight.model.FailureKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "failures", description = "The files that failed to ingest, with the kind of failure and the reason "
    + "(kept by the index; not read again while unchanged, unless `ingest --retry-failed`).")
final class FailuresCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Options.Index index;
  @Mixin Options.Format format;

  @Option(names = "--kind", description = "Only failures of this kind (unreadable, empty, too_large, encrypted, "
      + "bomb, too_deep, timeout, unparseable, unrecognised, no_text, out_of_memory, crashed, internal).")
  String kind;

  /** One failed file as listed: its path as the file system gives it, and its name. */
  record Row(String file, String name, String kind, String reason, long size, String failedAt) {}

  @Override
  public Integer call() throws Exception {
    FailureKind wanted = null;
    if (kind != null) {
      try {
        wanted = FailureKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no failure kind '" + kind + "'; one of "
            + String.join(", ", java.util.Arrays.stream(FailureKind.values()).map(FailureKind::id).toList()));
      }
    }
    FailureKind only = wanted;
    List<Row> rows = KnownFailures.of(index.index).stream()
        .filter(f -> only == null || f.kind() == only)
        .map(FailuresCommand::row).toList();
    Rows.print(spec.commandLine().getOut(), format.format, rows,
        new Rows.Column<Row>("name:40", Row::name),
        new Rows.Column<>("kind", Row::kind),
        new Rows.Column<>("size", Row::size),
        new Rows.Column<>("failed_at", Row::failedAt),
        Rows.Column.detail("file", Row::file),
        Rows.Column.detail("reason", Row::reason));
    return 0;
  }

  private static Row row(StoredFailure f) {
    String file = FileNames.display(f.source());
    int slash = file.lastIndexOf('/');
    return new Row(file, slash < 0 ? file : file.substring(slash + 1), f.kind().id(), f.reason(), f.size(),
        f.failedAt());
  }
}
