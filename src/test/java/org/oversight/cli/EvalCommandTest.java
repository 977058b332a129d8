package org.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
