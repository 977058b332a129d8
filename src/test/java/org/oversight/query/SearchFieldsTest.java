package org.oversight.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.model.DocType;
import org.oversight.model.DocumentBuilder;
import org.oversight.model.EntityType;

/**
 * Field queries match as the filters do (issue 11): {@code force:kent}, {@code person:ellison} and
 * {@code role:commissioner} found nothing while {@code --force Kent} and {@code --person ellison} found the papers.
 */
class SearchFieldsTest {
  @TempDir static Path dir;
  static Searcher searcher;

  @BeforeAll
  static void buildIndex() throws Exception {
    searcher = TestIndexes.build(dir, List.of(TestIndexes.kent("kent.txt", "June").build(),
        TestIndexes.essex().build(), TestIndexes.surrey().build(),
        DocumentBuilder.document("news.txt").type(DocType.NEWS_ARTICLE).primaryForce("Nottinghamshire Police")
            .date("2024-03-18").person("Rebecca Thornfield", "HM Inspector of Constabulary", "HMICFRS")
            .passage("Watchdog praises Notts vetting").passage("Published 14 March 2024")
            .mention(EntityType.DATE, "14 March 2024", "2024-03-14").build()));
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  private static List<String> files(String query) throws Exception {
    return searcher.search(SearchRequest.of(query, 50, 50)).hits().stream().map(SearchHit::file).distinct()
        .sorted().toList();
  }

  private static List<String> filtered(String force, String report, String person) throws Exception {
    Filter f = Filter.parse(null, force, report, person, null, null);
    return searcher.search(new SearchRequest("", f, 50, 50)).hits().stream().map(SearchHit::file).distinct()
        .sorted().toList();
  }

  @Test
  void aForceByNameAliasOrAreaAsTheFilterTakesIt() throws Exception {
    assertThat(files("force:kent")).containsExactly("kent.txt").isEqualTo(filtered("Kent", null, null));
    assertThat(files("force:notts")).containsExactly("news.txt").isEqualTo(filtered("Notts", null, null));
    assertThat(files("primary_force:\"essex police\"")).containsExactly("essex.txt");
    assertThatThrownBy(() -> files("force:narnia")).isInstanceOf(QueryException.class)
        .hasMessage("no police force is called 'narnia'");
  }

  @Test
  void aYearThatIsNotOneIsRefusedNotAnsweredWithNothing() throws Exception {
    assertThatThrownBy(() -> files("year:abc")).isInstanceOf(QueryException.class)
        .hasMessage("a year is four digits (year:2024): 'abc'");
  }

  @Test
  void aPersonRoleOrAuthorByAnyPartOfIt() throws Exception {
    assertThat(files("person:ellison")).containsExactly("kent.txt").isEqualTo(filtered(null, null, "ellison"));
    assertThat(files("person:\"Margaret Ellison\"")).containsExactly("kent.txt");
    assertThat(files("person:ell*")).containsExactly("kent.txt");
    assertThat(files("role:commissioner")).containsExactly("essex.txt", "kent.txt", "surrey.txt");
    assertThat(files("role:inspector")).containsExactly("news.txt");
    assertThat(files("author:reedman")).containsExactly("essex.txt");
    assertThat(files("author_role:\"fire and crime\"")).containsExactly("essex.txt");
  }

  @Test
  void aReportByAFragmentThatFitsOne() throws Exception {
    assertThat(files("report:\"recording in policing\"")).containsExactly("essex.txt", "kent.txt")
        .isEqualTo(filtered(null, "recording in policing", null));
    assertThatThrownBy(() -> files("report:\"keeping count\"")).hasMessageContaining("is ambiguous");
  }

  @Test
  void aTypeAsTheFilterTakesIt() throws Exception {
    assertThat(files("doc_type:pcc-response")).containsExactly("essex.txt", "kent.txt", "surrey.txt");
    assertThat(files("doc_type:NEWS_ARTICLE")).containsExactly("news.txt");
  }

  /** Issue 11, defect 2: the README's {@code date_mention:2024-03*} found nothing: it was on document entries only. */
  @Test
  void aDateMentionFindsThePassageThatMentionsIt() throws Exception {
    List<SearchHit> hits = searcher.search(SearchRequest.of("date_mention:2024-03*", 10, 5)).hits();
    assertThat(hits).singleElement().satisfies(h -> {
      assertThat(h.file()).isEqualTo("news.txt");
      assertThat(h.passage()).isEqualTo(1);
    });
  }

  @Test
  void anUnknownFieldIsWarnedOf() throws Exception {
    SearchResult r = searcher.search(SearchRequest.of("forse:kent OR audit", 10, 5));
    assertThat(r.hits()).isNotEmpty();
    assertThat(r.warnings()).singleElement().asString().startsWith("no field 'forse' in the index")
        .contains("force, primary_force");
    assertThat(searcher.search(SearchRequest.of("force:kent audit", 10, 5)).warnings()).isEmpty();
    assertThat(searcher.warnings("person:ellison AND colour:red")).singleElement().asString()
        .contains("'colour'");
  }
}
