package org.oversight.samples;

import org.oversight.domain.Forces;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds {@code corpus/samples/}: short documents written for this project, each marked as a sample, in the formats
 * and shapes the tool meets (a paged report PDF with a running header, letters as PDF, DOCX and plain text, news
 * pages with navigation and cookie banners, panel minutes in RTF, a statement in Windows-1252). The people and
 * the report are invented; the forces are real so that the domain tagging has something real to find.
 *
 * <p>Regenerate with {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.oversight.samples.SampleCorpus -Dexec.args=corpus/samples}.
 */
public final class SampleCorpus {
  static final String MARK = "SAMPLE DOCUMENT written for the oversight project; not a real publication.";
  static final String REPORT = "Guarding the gate: vetting and counter-corruption in policing";

  private SampleCorpus() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "corpus/samples");
    Files.createDirectories(dir);
    write(dir);
    System.out.println("wrote samples to " + dir);
  }

  /** Writes every sample into {@code dir}. */
  public static void write(Path dir) throws IOException {
    report(dir.resolve("hmicfrs-report-guarding-the-gate.pdf"));
    kentResponse(dir.resolve("kent-pcc-response-guarding-the-gate.pdf"));
    essexResponse(dir.resolve("essex-pfcc-response-guarding-the-gate.docx"));
    surreyResponse(dir.resolve("surrey-pcc-response-guarding-the-gate.txt"));
    sussexLetter(dir.resolve("hmicfrs-letter-sussex-vetting.pdf"));
    Files.writeString(dir.resolve("news-kent-vetting.html"), kentNews(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("news-surrey-watchdog.html"), surreyNews(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("essex-panel-minutes.rtf"), panelMinutes(), StandardCharsets.US_ASCII);
    Files.writeString(dir.resolve("lincolnshire-statement-cp1252.txt"), statement(), Charset.forName("windows-1252"));
  }

  static void report(Path out) throws IOException {
    new PdfMaker().header("SAMPLE | " + REPORT).pageNumbers().linesPerPage(30)
        .paragraph(MARK)
        .paragraph(REPORT)
        .paragraph("Published on: 14 March 2024")
        .paragraph("Foreword")
        .paragraph("Public confidence in policing depends on the integrity of the people who police. In this "
            + "inspection we examined how forces in England and Wales decide who may join them, how they keep "
            + "checking the people they employ, and how their counter-corruption units find and deal with "
            + "officers and staff who abuse their position. We inspected eight forces in detail, among them Kent "
            + "Police, Essex Police, Surrey Police and Sussex Police, and reviewed 1,200 vetting files.")
        .paragraph("Most of the decisions we examined were sound. But in too many files we found that "
            + "information which should have led to a refusal, or at least to further enquiries, had been "
            + "recorded and then overlooked. Counter-corruption units were often too small to look for "
            + "intelligence proactively, and relied instead on reports from colleagues.")
        .pageBreak()
        .paragraph("Our judgments")
        .paragraph("We graded Kent Police as good at vetting and counter-corruption. Essex Police requires "
            + "improvement in this area. Surrey Police was graded adequate.")
        .paragraph("Recommendations")
        .paragraph("Recommendation 1: By 30 September 2024, chief constables should make sure that every "
            + "vetting decision to accept an applicant despite adverse information is recorded with its "
            + "rationale and reviewed by a second, more senior, decision-maker.")
        .paragraph("Recommendation 2: We recommend that within six months the College of Policing should "
            + "revise its authorised professional practice on vetting so that it sets out how forces should "
            + "weigh intelligence that did not result in a criminal conviction.")
        .paragraph("Recommendation 3: By 31 March 2025, chief constables should make sure their counter-"
            + "corruption units have the capability and capacity to seek intelligence on abuse of position "
            + "for a sexual purpose, including by monitoring force information systems.")
        .pageBreak()
        .paragraph("Areas for improvement")
        .paragraph("Forces should improve the way they share the outcome of vetting appeals with the "
            + "professional standards department, so that patterns of concern are noticed early.")
        .paragraph("Conclusion")
        .paragraph("We will return to these forces during our PEEL inspections to assess the progress they "
            + "have made against these recommendations. We expect police and crime commissioners to publish "
            + "their comments on this report within 56 days, as section 55 of the Police Act 1996 requires.")
        .write(out);
  }

  static void kentResponse(Path out) throws IOException {
    new PdfMaker()
        .paragraph(MARK)
        .paragraph("Office of the Police and Crime Commissioner for Kent\nSample House\nMaidstone")
        .paragraph("The Rt Hon Home Secretary\nHome Office\n2 Marsham Street\nLondon SW1P 4DF")
        .paragraph("2 May 2024")
        .paragraph("Response to HMICFRS report: " + REPORT)
        .paragraph("Dear Home Secretary,")
        .paragraph("Pursuant to my obligations under section 55 of the Police Act 1996, I write to give my "
            + "response to the HMICFRS report " + REPORT + ", published on 14 March 2024.")
        .paragraph("I welcome this report and I am pleased that Kent Police was graded good at vetting and "
            + "counter-corruption. The Chief Constable has assured me that every decision to accept an "
            + "applicant with adverse information is already reviewed by a senior officer, and I will ask my "
            + "Performance and Accountability Board to check that this continues.")
        .paragraph("I have asked the Chief Constable for a plan, by the end of June, to strengthen the force's "
            + "counter-corruption unit in line with the third recommendation.")
        .paragraph("Yours sincerely")
        .paragraph("Margaret Ellison\nPolice and Crime Commissioner for Kent")
        .write(out);
  }

  static void essexResponse(Path out) throws IOException {
    DocxMaker.write(out, "Essex PFCC response: " + REPORT,
        MARK,
        "Essex Police, Fire and Crime Commissioner",
        "Response to HMICFRS report on: " + REPORT,
        "20 May 2024",
        "The Home Secretary\nHome Office\nLondon",
        "Dear Home Secretary,",
        "This is my response, as Police, Fire and Crime Commissioner for Essex, to the inspectorate's report "
            + "on vetting and counter-corruption published on 14 March 2024.",
        "The report found that Essex Police requires improvement in this area. I share the inspectorate's "
            + "concern that adverse information in vetting files was sometimes recorded and then overlooked. "
            + "The Chief Constable, Daniel Hart, has set up a vetting review team and will report to me "
            + "monthly on its progress.",
        "On the recommendation addressed to chief constables about monitoring information systems, the force "
            + "has bought monitoring software and expects it to be in use across the force by the end of the "
            + "year.",
        "Yours sincerely",
        "Thomas Reedman\nPolice, Fire and Crime Commissioner for Essex");
  }

  static void surreyResponse(Path out) throws IOException {
    String text = String.join("\n",
        MARK,
        "",
        "Surrey Police and Crime Commissioner's response to " + REPORT,
        "",
        "30 April 2024",
        "",
        "I welcome this report from His Majesty's Inspectorate of Constabulary and Fire & Rescue Services, "
            + "which graded Surrey Police as adequate at vetting and counter-corruption. The force has "
            + "already acted on several of the points the inspectors raised during their visit.",
        "",
        "The inspectorate recommended that chief constables should make sure every decision to accept an "
            + "applicant despite adverse information is recorded with its rationale and reviewed by a more "
            + "senior decision-maker. The Chief Constable tells me this has been force policy since January.",
        "",
        "I will follow progress through my regular accountability meetings and publish an update in the autumn.",
        "",
        "Yours sincerely",
        "",
        "Priya Lomax",
        "Police and Crime Commissioner for Surrey",
        "");
    Files.writeString(out, text, StandardCharsets.UTF_8);
  }

  static void sussexLetter(Path out) throws IOException {
    new PdfMaker()
        .paragraph(MARK)
        .paragraph("Chief Constable Andrew Penrose\nSussex Police\nVia email")
        .paragraph("Copied to: Helen Carver\nPolice and Crime Commissioner for Sussex")
        .paragraph("9 April 2024")
        .paragraph("Dear Chief Constable")
        .paragraph("HMICFRS assessment: vetting and counter-corruption")
        .paragraph("Following our inspection " + REPORT + ", I am writing to set out what we found in Sussex "
            + "Police. Your force's counter-corruption unit has the capacity to seek intelligence proactively, "
            + "but we found that vetting appeals are not shared with the professional standards department.")
        .paragraph("We recommend that within three months Sussex Police should put in place a process to share "
            + "the outcome of every vetting appeal with its professional standards department.")
        .paragraph("This letter will be published on our website. If you have any queries, please contact "
            + "Oliver Quayle at oliver.quayle@example.org.")
        .paragraph("Yours sincerely")
        .paragraph("Rebecca Thornfield\nHis Majesty's Inspector of Constabulary")
        .write(out);
  }

  static String kentNews() {
    return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <title>Kent force praised over vetting | Sample Courier</title>
        <meta property="article:published_time" content="2024-03-15T07:30:00Z">
        <meta name="author" content="Sam Pellow">
        </head><body>
        <div id="cookie-banner"><p>We use cookies to improve your experience. Accept all cookies or manage your
        settings.</p><button>Accept</button></div>
        <header class="site-header"><a href="/">Sample Courier</a>
        <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
        </header>
        <main>
        <article>
        <h1>Kent force praised over vetting</h1>
        <p class="byline">By Sam Pellow, crime reporter</p>
        <p class="dateline">Published 15th Mar 2024</p>
        <p><em>%s</em></p>
        <p>Kent Police has been graded good at vetting and counter-corruption by the police inspectorate, in a
        national report published yesterday.</p>
        <p>The report, %s, looked at eight forces. It found that in too many vetting files across the country,
        warning signs had been written down and then ignored.</p>
        <p>HMI Rebecca Thornfield said: "Kent showed what good looks like. Other forces need to follow."</p>
        <p>Kent's police and crime commissioner, Margaret Ellison, said she would study the recommendations
        closely.</p>
        <div class="share-tools"><a href="#">Share on social media</a></div>
        </article>
        <aside class="related"><h2>Related stories</h2><ul><li>Council tax rise agreed</li><li>Road closures this
        weekend</li></ul></aside>
        </main>
        <footer class="site-footer"><p>Copyright Sample Courier. All rights reserved. Contact us. Privacy
        policy.</p></footer>
        </body></html>
        """.formatted(MARK, REPORT);
  }

  static String surreyNews() {
    return """
        <html><head><title>Watchdog: Surrey police vetting "adequate"</title></head>
        <body>
        <div class="navbar"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/contact">Contact</a></div>
        <div class="consent-popup">This site uses cookies. By continuing you agree to our cookie policy.</div>
        <div class="page">
          <div class="content">
            <h1>Watchdog: Surrey police vetting "adequate"</h1>
            <p>Updated Monday, 18th March 2024</p>
            <p>%s</p>
            <p>Surrey Police's vetting and counter-corruption work has been judged adequate by inspectors, who
            said the force must keep better records of why it accepts applicants with a troubling history.</p>
            <p>The force said it had already changed its policy. The county's police and crime commissioner,
            Priya Lomax, is expected to publish her formal response within the 56 days the law allows.</p>
            <p>Sussex Police and Essex Police were also among the forces inspected.</p>
          </div>
          <div class="sidebar"><h3>Most read</h3><p>Town centre parking charges to rise</p></div>
        </div>
        <div class="footer">Sample Gazette, 1 Example Street. Terms. Privacy.</div>
        </body></html>
        """.formatted(MARK);
  }

  static String panelMinutes() {
    return "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n"
        + "\\f0\\fs24 " + MARK + "\\par\n"
        + "\\par\n"
        + "{\\b Essex Police, Fire and Crime Panel}\\par\n"
        + "Minutes of the meeting held on 6 June 2024\\par\n"
        + "\\par\n"
        + "Item 5: HMICFRS inspection of vetting and counter-corruption\\par\n"
        + "The Commissioner presented his response to the inspectorate's report, which had been sent to the "
        + "Home Secretary on 20 May 2024. A member asked why the response had been published after the 56 days "
        + "allowed by section 55 of the Police Act 1996. The Commissioner's chief executive said the delay had "
        + "been caused by the pre-election period and apologised.\\par\n"
        + "Resolved: that the panel notes the response and asks for a progress report in December.\\par\n"
        + "}\n";
  }

  static String statement() {
    return String.join("\r\n",
        MARK,
        "",
        "Lincolnshire Police \u2013 statement on the inspectorate\u2019s vetting report",
        "",
        "Published 14 March 2024",
        "",
        "Lincolnshire Police was not among the eight forces inspected, but the Chief Constable has asked the "
            + "force\u2019s professional standards department to review its vetting files against the "
            + "report\u2019s findings. The review is expected to cost about \u00a340,000 and will be "
            + "completed by the summer.",
        "");
  }
}
