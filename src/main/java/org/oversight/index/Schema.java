package org.oversight.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The index's field names and how each is analysed: the contract between the indexing and the query stages. The
 * index holds one entry per document ({@code kind:document}), one per passage ({@code kind:passage}), one per report
 * ({@code kind:report}), one per file indexed ({@code kind:file}) and one per file that failed
 * ({@code kind:failure}); passages carry copies of their document's
 * filter fields so that a passage search can be filtered without a join.
 */
public final class Schema {
  public static final String KIND = "kind";
  public static final String DOCUMENT = "document";
  public static final String PASSAGE = "passage";
  /** An entry per report the corpus knows, rebuilt at every commit ({@link ReportEntry}). */
  public static final String REPORT_ENTRY = "report";
  /**
   * An entry per file that could not be ingested ({@link StoredFailure}): never a document or a passage, so every
   * query that selects by kind ignores it.
   */
  public static final String FAILURE = "failure";
  /**
   * An entry per file indexed ({@link #SOURCE} and {@link #SOURCE_ID}), whatever it gave: how the next run knows the
   * file unchanged, even an archive whose documents were all indexed from elsewhere.
   */
  public static final String FILE_ENTRY = "file";

  public static final String ID = "id";
  /**
   * The identity of the file an entry came from: its absolute {@code file:} URI, exact whatever bytes its name holds.
   * Every entry of a file carries it (documents, passages, documents inside an archive, a failure), so that one
   * update replaces them all at once.
   */
  public static final String SOURCE = "source";
  /** The SHA-256 of the file an entry came from (for a document inside an archive, the archive's). */
  public static final String SOURCE_ID = "source_id";
  /** On a failure entry only: the identity of the file that failed. */
  public static final String FAILED = "failed";
  /** The stored {@link StoredFailure}, as JSON. */
  public static final String FAILURE_RECORD = "failure_record";
  public static final String PATH = "path";
  public static final String FILE = "file";
  public static final String FORMAT = "format";
  public static final String MEDIA_TYPE = "media_type";
  public static final String TITLE = "title";
  public static final String DOC_TYPE = "doc_type";
  public static final String DATE = "date";
  public static final String DATE_DAY = "date_day";
  public static final String YEAR = "year";
  public static final String PAGES = "pages";
  public static final String TOKENS = "tokens";
  public static final String FORCE = "force";
  public static final String PRIMARY_FORCE = "primary_force";
  public static final String PERSON = "person";
  public static final String ORGANIZATION = "organization";
  public static final String LOCATION = "location";
  public static final String DATE_MENTION = "date_mention";
  public static final String REPORT = "report";
  /** The grouping key of the report's title ({@code ReportTitles.key}). */
  public static final String REPORT_KEY = "report_key";
  /** The grouping key of each person's name ({@code PersonNames.key}). */
  public static final String PERSON_KEY = "person_key";
  public static final String REPORT_DATE = "report_date";
  public static final String AUTHOR = "author";
  public static final String AUTHOR_ROLE = "author_role";
  public static final String ROLE = "role";
  public static final String GRADE = "grade";
  public static final String RECOMMENDATION = "recommendation";
  public static final String ADDRESSEE = "addressee";
  public static final String DEADLINE = "deadline";
  /** Queried, never stored: rewritten at query time from the report entries and the response's date. */
  public static final String ON_TIME = "on_time";
  /** The stored {@link StoredDocument}, as JSON. */
  public static final String RECORD = "record";
  /** The stored {@link ReportEntry}, as JSON. */
  public static final String REPORT_RECORD = "report_record";
  public static final String INGESTED = "ingested";

  public static final String ORDINAL = "passage";
  public static final String PAGE = "page";
  public static final String TEXT = "text";

  /** Column-stored copies on document entries, read without loading stored fields by cross-force tables. */
  public static final String DV_REPORT = "dv_report";
  public static final String DV_DOC_TYPE = "dv_doc_type";
  public static final String DV_PRIMARY_FORCE = "dv_primary_force";
  public static final String DV_DATE = "dv_date";
  public static final String DV_REPORT_DATE = "dv_report_date";

  /** Facet dimensions kept on passages, counted under search hits. */
  public static final String FACET_DOC_TYPE = "f_doc_type";
  public static final String FACET_FORCE = "f_force";
  public static final String FACET_YEAR = "f_year";
  public static final String FACET_FORMAT = "f_format";
  public static final String FACET_REPORT = "f_report";
  public static final String FACET_PERSON = "f_person";
  public static final String FACET_ORGANIZATION = "f_organization";
  public static final String FACET_LOCATION = "f_location";

  /**
   * The fields a user may name in a query ({@code person:ellison}), besides the default full text: what
   * {@code search --help} and the README list, plus the document's id, path, date and title.
   */
  public static final List<String> QUERY_FIELDS = List.of(PERSON, ROLE, AUTHOR, AUTHOR_ROLE,
      ORGANIZATION, LOCATION, FORCE, PRIMARY_FORCE, REPORT, REPORT_DATE, DOC_TYPE, FORMAT, FILE, YEAR, GRADE,
      ON_TIME, RECOMMENDATION, ADDRESSEE, DATE_MENTION, DATE, TITLE, ID, PATH);

  private Schema() {}

  /** Full text is stemmed English; every other field is one lower-cased keyword. */
  public static Analyzer analyzer() {
    Analyzer keyword = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        KeywordTokenizer src = new KeywordTokenizer();
        return new TokenStreamComponents(src, new LowerCaseFilter(src));
      }

      @Override
      protected org.apache.lucene.analysis.TokenStream normalize(String fieldName,
          org.apache.lucene.analysis.TokenStream in) {
        return new LowerCaseFilter(in);
      }
    };
    Map<String, Analyzer> perField = new HashMap<>();
    EnglishAnalyzer english = new EnglishAnalyzer();
    perField.put(TEXT, english);
    perField.put(TITLE, english);
    return new PerFieldAnalyzerWrapper(keyword, perField);
  }

  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(FACET_FORCE, true);
    config.setMultiValued(FACET_PERSON, true);
    config.setMultiValued(FACET_ORGANIZATION, true);
    config.setMultiValued(FACET_LOCATION, true);
    return config;
  }
}
