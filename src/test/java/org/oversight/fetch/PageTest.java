package org.oversight.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Sample pages written for the tests, in the shapes the publisher's pages take. */
class PageTest {
  private static Page read(String html) throws Exception {
    return Page.read(html.getBytes(StandardCharsets.UTF_8), URI.create("https://example.org/listing/"));
  }

  @Test
  void aLetterWithLabelsOnLinesOfTheirOwnNamesItsAddresseeAndSentDate() throws Exception {
    Page p = read("""
        <html><body><h1>Letter to a commissioner (sample)</h1><p>Published on: 29 November 2030</p>
        <h2>Letter information</h2><p>From:</p><p>A. Sample</p><p>Chief Inspector</p>
        <p>To:</p><p>B. Sample</p><p>West Midlands Police and Crime Commissioner</p>
        <p>Sent on:</p><p>23 November 2030</p><p>Dear Commissioner,</p></body></html>""");
    assertThat(p.isLetter()).isTrue();
    assertThat(p.heading()).isEqualTo("Letter to a commissioner (sample)");
    assertThat(p.addressee()).isEqualTo("B. Sample, West Midlands Police and Crime Commissioner");
    assertThat(p.sentOn()).isEqualTo("2030-11-23");
    assertThat(p.published()).isEqualTo("2030-11-29");
  }

  @Test
  void aLetterWithInlineLabelsIsReadToo() throws Exception {
    Page p = read("""
        <html><body><h1>Decision letter (sample)</h1>
        <p><strong>To:</strong> Chief Constable, Gwent Police<br><strong>Sent on</strong> 4th March 2030</p>
        <p>To date, the force has made progress.</p></body></html>""");
    assertThat(p.isLetter()).isTrue();
    assertThat(p.addressee()).isEqualTo("Chief Constable, Gwent Police");
    assertThat(p.sentOn()).isEqualTo("2030-03-04");
  }

  @Test
  void aPageThatMentionsToAndAReportIsNeitherALetterNorAPublication() throws Exception {
    Page p = read("""
        <html><body><h1>How we inspect (sample)</h1><p>To date we have published many reports.</p>
        <p>Sent to every force in 2030.</p></body></html>""");
    assertThat(p.isLetter()).isFalse();
    assertThat(p.presentsPublication()).isFalse();
  }

  @Test
  void aPublicationPageIsKnownByItsGetTheReportBlockAndANewsReleaseIsNot() throws Exception {
    assertThat(read("<h1>A report</h1><h2>Get the report</h2><h3>Download the report</h3>").presentsPublication())
        .isTrue();
    assertThat(read("<h1>An inspection</h1><p>Published on: 3 May 2030</p>").presentsPublication()).isTrue();
    assertThat(read("<h1>Force praised</h1><h2>Get the report</h2><p>ENDS</p><h2>Notes to editors</h2>")
        .presentsPublication()).isFalse();
  }

  @Test
  void theSitesNavigationIsNotContentButAnArticlesOwnHeaderIs() throws Exception {
    Page p = read("""
        <html><body><header class="site-header"><a href="/about/">About us and our work</a></header>
        <div class="main-menu"><a href="/menu-item/">An item of the menu</a></div>
        <main><article><header><h2><a href="/inspections/a/">An inspection of something</a></h2></header>
        <p><a href="/inspections/b/">Another inspection of something</a></p></article></main>
        <footer><a href="/privacy/">Privacy and cookies</a></footer></body></html>""");
    assertThat(p.anchors()).filteredOn(Page.Anchor::content).extracting(a -> a.uri().getPath())
        .containsExactly("/inspections/a/", "/inspections/b/");
    assertThat(p.anchors()).hasSize(5);
  }

  @Test
  void aListItemGivesItsWordsAndItsDateApart() throws Exception {
    Page p = read("""
        <ul><li>Keeping count: crime recording &ndash; <a href="/r.pdf">Report</a>
        <span>Published on: 14 March 2030</span></li></ul>""");
    assertThat(p.anchors()).singleElement().satisfies(a -> {
      assertThat(a.context()).isEqualTo("Keeping count: crime recording");
      assertThat(a.date()).isEqualTo("2030-03-14");
    });
  }
}
