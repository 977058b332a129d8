package org.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.model.Json;

class EvalCommandTest {
  @TempDir Path dir;

  @Test
  void scoresDocumentsAgainstHandAnnotationsAndFailsUnderTheThreshold() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("letter.txt"), """
        Chief Constable Alison Farrow
        Cumbria Constabulary

        3 March 2021

        Dear Chief Constable

        We have reviewed your force's plan.

        Yours sincerely

        Anne Whitcombe
        His Majesty's Inspector of Constabulary
        """);
    Path gold = Files.writeString(dir.resolve("gold.jsonl"), ("{'file':'letter.txt','doc_type':'hmicfrs_letter',"
        + "'forces':['Cumbria Constabulary'],'primary_force':'Cumbria Constabulary','document_date':'2021-03-03',"
        + "'report_title':null,'report_date':null,'author':{'name':'Anne Whitcombe','role':'HM Inspector of "
        + "Constabulary'},'people':[{'name':'Alison Farrow','role':'Chief Constable'},{'name':'Anne Whitcombe',"
        + "'role':'HMI'},{'name':'Someone Missing','role':null}],'recommendations':[],'ratings':[]}\n")
        .replace('\'', '"'));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code = Main.run(new PrintWriter(out), new PrintWriter(err), "eval", "--gold", gold.toString(), "--docs",
        docs.toString(), "--min", "0.9");

    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).contains("letter.txt: people: missing=[Someone Missing] extra=[]")
        .containsPattern("doc_type\\s+1\\.0").containsPattern("people\\s+1\\.0\\s+0\\.667\\s+0\\.8");
    assertThat(err.toString()).contains("fields under 0.9: people 0.8");
  }

  @Test
  void failsWhenAFieldFallsBelowTheFigureRecordedInTheReadme() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs2"));
    Files.writeString(docs.resolve("minutes.txt"), """
        Agenda item

        Minutes:

        The Panel noted the inspection report on Kent Police. Members agreed the report.
        """);
    Path gold = Files.writeString(dir.resolve("gold2.jsonl"), ("{'file':'minutes.txt','doc_type':'other',"
        + "'forces':['Kent Police','Essex Police'],'primary_force':'Kent Police','document_date':null,"
        + "'report_title':null,'report_date':null,'author':null,'people':[],'recommendations':[],'ratings':[]}\n")
        .replace('\'', '"'));
    Path readme = Files.writeString(dir.resolve("README.md"), """
        <!-- dev-figures:start -->
        | field | whole set |
        | --- | --- |
        | doc_type | 1.0 |
        | forces | 0.95 |
        <!-- dev-figures:end -->
        """);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code = Main.run(new PrintWriter(out), new PrintWriter(err), "eval", "--gold", gold.toString(), "--docs",
        docs.toString(), "--baseline", readme.toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("forces 0.667 (recorded 0.950)").doesNotContain("doc_type");
    assertThat(out.toString()).contains("by document type").contains("gold \\ predicted");

    int lenient = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "eval",
        "--gold", gold.toString(), "--docs", docs.toString(), "--baseline", readme.toString(), "--tolerance", "0.3");
    assertThat(lenient).isZero();
  }

  private static final String GOLD = ("{'file':'a.txt','doc_type':'hmicfrs_letter','forces':[],'primary_force':null,"
      + "'document_date':null,'report_title':null,'report_date':null,'author':null,'people':[],'recommendations':[],"
      + "'ratings':[]}\n{'file':'b.txt','doc_type':'other','forces':[],'primary_force':null,'document_date':null,"
      + "'report_title':null,'report_date':null,'author':null,'people':[],'recommendations':[],'ratings':[]}\n")
      .replace('\'', '"');

  /** Issue 11, defect 9: an empty --docs folder gave one line per document and exit code 0. */
  @Test
  void documentsNotFoundMakeTheExitCode1() throws Exception {
    Path gold = Files.writeString(dir.resolve("gold.jsonl"), GOLD);
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Cli.Run r = Cli.run("eval", "--gold", gold.toString(), "--docs", empty.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines()).containsExactlyInAnyOrder(
        "failed: " + empty.resolve("a.txt") + ": annotated document not found",
        "failed: " + empty.resolve("b.txt") + ": annotated document not found");
    assertThat(r.out()).contains("2 documents, 2 without output");
  }

  /** Issue 11, defect 8: a missing gold file was "oversight: PATH" with no reason. */
  @Test
  void aMissingOrBrokenInputIsNamedWithTheReason() throws Exception {
    Path gold = Files.writeString(dir.resolve("gold.jsonl"), GOLD);
    Path missing = dir.resolve("nowhere.jsonl");
    Cli.Run r = Cli.run("eval", "--gold", missing.toString(), "--pred", gold.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines()).singleElement().asString()
        .isEqualTo("oversight: " + missing + ": no such file or folder");

    r = Cli.run("eval", "--gold", gold.toString(), "--docs", dir.resolve("no-folder").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines()).singleElement().asString()
        .isEqualTo("oversight: " + dir.resolve("no-folder") + ": no such folder");

    Path broken = Files.writeString(dir.resolve("broken.jsonl"), GOLD + "{not json\n");
    r = Cli.run("eval", "--gold", broken.toString(), "--pred", gold.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines()).singleElement().asString().startsWith("oversight: " + broken + ", line 3: not JSON");
  }

  /** Issue 11, defect 16: {@code eval --format csv} printed JSON. */
  @Test
  void everyFormatIsHonoured() throws Exception {
    Path gold = Files.writeString(dir.resolve("gold.jsonl"), GOLD);
    Cli.Run csv = Cli.run("eval", "--gold", gold.toString(), "--pred", gold.toString(), "--format", "csv");
    assertThat(csv.code()).isZero();
    assertThat(csv.out().lines().findFirst()).hasValue("field,accuracy,precision,recall,f1,n,tp,fp,fn");
    assertThat(csv.out()).contains("doc_type,1.0,,,,2,");

    Cli.Run jsonl = Cli.run("eval", "--gold", gold.toString(), "--pred", gold.toString(), "--format", "jsonl");
    assertThat(jsonl.out().lines()).hasSizeGreaterThan(5)
        .allSatisfy(l -> assertThat(Json.MAPPER.readTree(l).has("name")).isTrue());
    Cli.Run json = Cli.run("eval", "--gold", gold.toString(), "--pred", gold.toString(), "--format", "json");
    assertThat(Json.MAPPER.readTree(json.out()).path("documents").asInt()).isEqualTo(2);
    Cli.Run table = Cli.run("eval", "--gold", gold.toString(), "--pred", gold.toString());
    assertThat(table.out()).containsPattern("doc_type\\s+1\\.0").contains("2 documents, 0 without output");
  }
}
