package org.oversight.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.oversight.index.Schema;

/**
 * Lucene's query syntax with field values matched as the filters match them: {@code force:notts} by name, alias or
 * area; {@code report:} by a fragment that fits one report; {@code person:ellison}, {@code role:commissioner} and the
 * other name-like fields by any part of the value; {@code doc_type:pcc-response} as the type; {@code on_time:yes} by
 * the responses' timeliness. A field the index does not have is noted, so that the user can be warned.
 */
final class UserQueryParser extends QueryParser {
  /** Fields whose values match by any part, ignoring case, as {@code --person} does. */
  static final Set<String> CONTAINS = Set.of(Schema.PERSON, Schema.ROLE, Schema.AUTHOR, Schema.AUTHOR_ROLE,
      Schema.ORGANIZATION, Schema.LOCATION, Schema.ADDRESSEE);

  private final Searcher searcher;
  private final Set<String> unknown = new TreeSet<>();

  /** A {@link QueryException} carried through the parser, which only throws {@link ParseException}. */
  static final class Refused extends RuntimeException {
    final QueryException reason;

    Refused(QueryException reason) {
      super(reason.getMessage());
      this.reason = reason;
    }
  }

  UserQueryParser(Searcher searcher) {
    super(Schema.TEXT, Schema.analyzer());
    this.searcher = searcher;
    setAllowLeadingWildcard(true);
  }

  /** One line per field the query names that the index does not have. */
  List<String> warnings() {
    List<String> out = new ArrayList<>();
    for (String f : unknown) {
      out.add("no field '" + f + "' in the index, so '" + f + ":' matches nothing; the fields are: "
          + String.join(", ", Schema.QUERY_FIELDS));
    }
    return out;
  }

  private void note(String field) {
    if (field != null && !Schema.QUERY_FIELDS.contains(field) && !Schema.TEXT.equals(field)) unknown.add(field);
  }

  @Override
  protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
    note(field);
    try {
      if (Schema.ON_TIME.equals(field)) return searcher.onTime(text);
      if (Schema.FORCE.equals(field) || Schema.PRIMARY_FORCE.equals(field)) {
        return new TermQuery(new Term(field, Searcher.canonicalForce(text).toLowerCase(Locale.ROOT)));
      }
      if (Schema.REPORT.equals(field)) {
        return new TermQuery(new Term(field, searcher.reports().resolve(text).title().toLowerCase(Locale.ROOT)));
      }
      if (Schema.DOC_TYPE.equals(field)) {
        return new TermQuery(new Term(field, Filter.docType(text).id()));
      }
      if (Schema.YEAR.equals(field) && !text.strip().matches("\\d{4}")) {
        // else no entry matches, and "0 matching passages" would read as an answer
        throw new QueryException("a year is four digits (year:2024): '" + text + "'");
      }
    } catch (QueryException e) {
      throw new Refused(e);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    if (CONTAINS.contains(field)) return contains(field, text);
    return super.getFieldQuery(field, text, quoted);
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    note(field);
    if (CONTAINS.contains(field)) return new WildcardQuery(new Term(field, "*" + lower(termStr) + "*"));
    return super.getWildcardQuery(field, termStr);
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    note(field);
    if (CONTAINS.contains(field)) {
      return new WildcardQuery(new Term(field, "*" + escapeWildcards(lower(termStr)) + "*"));
    }
    return super.getPrefixQuery(field, termStr);
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
    note(field);
    return super.getFuzzyQuery(field, termStr, minSimilarity);
  }

  @Override
  protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
      boolean endInclusive) throws ParseException {
    note(field);
    return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    note(field);
    return super.getRegexpQuery(field, termStr);
  }

  /** The entries whose value for the field contains the text, ignoring case: what {@code --person} does. */
  static Query contains(String field, String text) {
    String value = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return new WildcardQuery(new Term(field, "*" + escapeWildcards(value) + "*"));
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** The text with the wildcard characters of {@link WildcardQuery} escaped. */
  private static String escapeWildcards(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '*' || c == '?' || c == '\\') sb.append('\\');
      sb.append(c);
    }
    return sb.toString();
  }
}
