package org.oversight.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.oversight.domain.Forces;
import org.oversight.domain.PersonNames;
import org.oversight.domain.ReportTitles;
import org.oversight.model.AnnotatedDocument;
import org.oversight.model.DocumentRecord;
import org.oversight.model.EntityType;
import org.oversight.model.Mention;
import org.oversight.model.Passage;
import org.oversight.model.Person;
import org.oversight.model.Recommendation;
import org.oversight.model.Tags;

/**
 * The Lucene index opened for writing by one ingest run. Changes become visible only at {@link #commit()}: a run that
 * dies before it leaves the index as the last commit left it. A second writer on the same index is refused, and so is
 * an index made with another layout ({@link IndexLayout}).
 */
public final class CorpusIndex implements Closeable {
  /** What the index already holds for a file. */
  public enum State { NEW, UNCHANGED, CHANGED, DUPLICATE }

  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private final Directory dir;
  private final IndexWriter writer;
  private final FacetsConfig facets = Schema.facetsConfig();
  private final Map<String, String> idByPath = new ConcurrentHashMap<>();
  private final Map<String, String> pathById = new ConcurrentHashMap<>();
  /** One spelling per report: a known title, else the first the index met, so that variants group. */
  private final Map<String, String> reportByKey = new ConcurrentHashMap<>();

  private CorpusIndex(Directory dir, IndexWriter writer) throws IOException {
    this.dir = dir;
    this.writer = writer;
    for (String known : ReportTitles.known()) {
      String title = known.split("\t")[0];
      reportByKey.putIfAbsent(ReportTitles.key(title), title);
    }
    loadKnownDocuments();
  }

  /** Opens (creating if needed) the index in {@code path} for writing. */
  public static CorpusIndex open(Path path) throws IOException {
    Files.createDirectories(path);
    Directory dir = FSDirectory.open(path);
    try {
      IndexLayout.check(dir, path);
      IndexWriterConfig config = new IndexWriterConfig(Schema.analyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setCommitOnClose(false)
          .setRAMBufferSizeMB(256);
      return new CorpusIndex(dir, new IndexWriter(dir, config));
    } catch (LockObtainFailedException e) {
      dir.close();
      throw new IndexBusyException(path);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  private void loadKnownDocuments() throws IOException {
    if (!DirectoryReader.indexExists(dir)) return;
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc sd : searcher.search(new TermQuery(new Term(Schema.KIND, Schema.DOCUMENT)),
          Math.max(1, reader.maxDoc())).scoreDocs) {
        Document d = stored.document(sd.doc, Set.of(Schema.ID, Schema.PATH, Schema.REPORT));
        idByPath.put(d.get(Schema.PATH), d.get(Schema.ID));
        pathById.put(d.get(Schema.ID), d.get(Schema.PATH));
        String report = d.get(Schema.REPORT);
        if (report != null) reportByKey.putIfAbsent(ReportTitles.key(report), report);
      }
    }
  }

  /**
   * Says what the index holds for a file and, for a new or changed one, claims it for this run so that the same
   * content met again in the run counts as a duplicate.
   */
  public synchronized State claim(String path, String id) {
    String known = idByPath.get(path);
    if (id.equals(known)) return State.UNCHANGED;
    if (pathById.containsKey(id)) return State.DUPLICATE;
    pathById.put(id, path);
    return known == null ? State.NEW : State.CHANGED;
  }

  /** Gives up a claim whose file failed, so the same content elsewhere may still be indexed. */
  public void release(String id) {
    pathById.remove(id);
  }

  /** The file already indexed with this content, for a duplicate. */
  public String pathOf(String id) {
    return pathById.get(id);
  }

  /** Adds a document and its passages, replacing whatever the index held for the same path. */
  public void put(AnnotatedDocument doc, String path) throws IOException {
    StoredDocument stored = stored(doc);
    List<Document> entries = new ArrayList<>();
    List<IndexableField> shared = commonFields(doc, stored, path);
    entries.add(documentEntry(doc, stored, shared));
    List<String> entityFacets = topEntities(doc.tags(), doc.mentions());
    for (Passage p : doc.document().passages()) {
      entries.add(passageEntry(doc, stored.report(), shared, entityFacets, p));
    }
    String old = idByPath.put(path, doc.document().source().id());
    if (old != null) {
      writer.deleteDocuments(new Term(Schema.PATH, path));
      pathById.remove(old, path);
    }
    writer.addDocuments(entries);
  }

  /** The facts fixed at indexing: the canonical report, and each person's key and force. */
  private StoredDocument stored(AnnotatedDocument ad) {
    Tags t = ad.tags();
    String title = t.reportTitle();
    String key = ReportTitles.key(title);
    String report = title == null ? null : reportByKey.computeIfAbsent(key, k -> title);
    String authorKey = t.author() == null || t.author().name() == null ? null : PersonNames.key(t.author().name());
    List<StoredDocument.PersonEntry> people = new ArrayList<>();
    for (Person p : t.people()) {
      String k = PersonNames.key(p.name());
      boolean signer = k.equals(authorKey);
      String force = p.organisation() == null ? null : Forces.standard().resolve(p.organisation());
      if (force == null && signer) force = t.primaryForce();
      people.add(new StoredDocument.PersonEntry(k, p.name(), p.role(), p.organisation(), force, signer));
    }
    return new StoredDocument(DocumentRecord.of(ad), report, key, people, Instant.now().toString());
  }

  /**
   * Makes every change of this run visible at once, with the report entries rebuilt from the documents and the
   * layout recorded.
   */
  public void commit() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      List<ReportEntry> reports = ReportRegistry.build(new IndexSearcher(reader));
      writer.deleteDocuments(new Term(Schema.KIND, Schema.REPORT_ENTRY));
      for (ReportEntry r : reports) writer.addDocument(reportEntry(r));
    }
    writer.setLiveCommitData(IndexLayout.userData().entrySet());
    writer.commit();
  }

  /** Closes without committing: uncommitted changes are dropped. */
  @Override
  public void close() throws IOException {
    writer.rollback();
    dir.close();
  }

  private static Document reportEntry(ReportEntry r) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(Schema.KIND, Schema.REPORT_ENTRY, Field.Store.YES));
    doc.add(new StringField(Schema.REPORT_KEY, r.key(), Field.Store.YES));
    doc.add(new TextField(Schema.REPORT, r.title(), Field.Store.YES));
    doc.add(new StoredField(Schema.REPORT_RECORD, Stored.write(r)));
    return doc;
  }

  private Document documentEntry(AnnotatedDocument ad, StoredDocument stored, List<IndexableField> shared)
      throws IOException {
    Document doc = new Document();
    doc.add(new StringField(Schema.KIND, Schema.DOCUMENT, Field.Store.YES));
    shared.forEach(doc::add);
    if (ad.document().title() != null) doc.add(new TextField(Schema.TITLE, ad.document().title(), Field.Store.YES));
    for (Mention m : ad.mentions()) {
      if (m.type() == EntityType.DATE) doc.add(dateMention(m));
    }
    doc.add(new StoredField(Schema.RECORD, Stored.write(stored)));
    Tags t = ad.tags();
    column(doc, Schema.DV_REPORT, stored.report());
    column(doc, Schema.DV_DOC_TYPE, t.docType().id());
    column(doc, Schema.DV_PRIMARY_FORCE, t.primaryForce());
    column(doc, Schema.DV_DATE, t.documentDate());
    column(doc, Schema.DV_REPORT_DATE, t.reportDate());
    return doc;
  }

  private static StringField dateMention(Mention m) {
    return new StringField(Schema.DATE_MENTION, m.normalized() == null ? m.text() : m.normalized(), Field.Store.NO);
  }

  /** The first day of an ISO date, month or year. */
  static LocalDate firstDay(String iso) {
    return LocalDate.parse(iso.length() == 4 ? iso + "-01-01" : iso.length() == 7 ? iso + "-01" : iso.substring(0, 10));
  }

  private static void column(Document doc, String field, String value) {
    if (value != null) doc.add(new SortedDocValuesField(field, new BytesRef(value)));
  }

  private Document passageEntry(AnnotatedDocument ad, String report, List<IndexableField> shared,
      List<String> entityFacets, Passage p) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(Schema.KIND, Schema.PASSAGE, Field.Store.YES));
    shared.forEach(doc::add);
    doc.add(new StoredField(Schema.ORDINAL, p.ordinal()));
    doc.add(new StoredField(Schema.PAGE, p.page()));
    doc.add(new Field(Schema.TEXT, p.text(), TEXT_WITH_OFFSETS));
    for (Mention m : ad.mentions()) {
      if (m.type() == EntityType.DATE && m.passage() == p.ordinal()) doc.add(dateMention(m));
    }
    Tags t = ad.tags();
    for (Recommendation r : t.recommendations()) {
      if (r.passage() != p.ordinal()) continue;
      doc.add(new StringField(Schema.RECOMMENDATION, "yes", Field.Store.YES));
      if (r.addressee() != null) doc.add(new TextField(Schema.ADDRESSEE, r.addressee(), Field.Store.YES));
      if (r.deadline() != null) doc.add(new StoredField(Schema.DEADLINE, r.deadline()));
    }
    facets(doc, t, ad.document().format(), report, entityFacets);
    return facets.build(doc);
  }

  /**
   * Fields both kinds of entry carry: identity, type, date, tags and entities as filterable keywords. Built once per
   * document; the same field objects go into every one of its entries.
   */
  private static List<IndexableField> commonFields(AnnotatedDocument ad, StoredDocument stored, String path) {
    Document doc = new Document();
    Tags t = ad.tags();
    doc.add(new StringField(Schema.ID, ad.document().source().id(), Field.Store.YES));
    doc.add(new StringField(Schema.PATH, path, Field.Store.YES));
    doc.add(new StringField(Schema.FILE, ad.document().source().path().getFileName().toString(), Field.Store.YES));
    doc.add(new StringField(Schema.FORMAT, ad.document().format(), Field.Store.YES));
    doc.add(new StringField(Schema.DOC_TYPE, t.docType().id(), Field.Store.YES));
    if (t.documentDate() != null) {
      LocalDate date = firstDay(t.documentDate());
      doc.add(new StringField(Schema.DATE, t.documentDate(), Field.Store.YES));
      doc.add(new IntPoint(Schema.DATE_DAY, (int) date.toEpochDay()));
      doc.add(new StringField(Schema.YEAR, String.valueOf(date.getYear()), Field.Store.NO));
    }
    for (String f : t.forces()) doc.add(new TextField(Schema.FORCE, f, Field.Store.YES));
    if (t.primaryForce() != null) doc.add(new TextField(Schema.PRIMARY_FORCE, t.primaryForce(), Field.Store.YES));
    if (stored.report() != null) {
      doc.add(new TextField(Schema.REPORT, stored.report(), Field.Store.YES));
      doc.add(new StringField(Schema.REPORT_KEY, stored.reportKey(), Field.Store.YES));
    }
    if (t.reportDate() != null) doc.add(new StringField(Schema.REPORT_DATE, t.reportDate(), Field.Store.YES));
    if (t.author() != null && t.author().name() != null) {
      doc.add(new TextField(Schema.AUTHOR, t.author().name(), Field.Store.YES));
    }
    if (t.author() != null && t.author().role() != null) {
      doc.add(new TextField(Schema.AUTHOR_ROLE, t.author().role(), Field.Store.YES));
    }
    for (StoredDocument.PersonEntry person : stored.people()) {
      doc.add(new TextField(Schema.PERSON, person.name(), Field.Store.NO));
      doc.add(new StringField(Schema.PERSON_KEY, person.key(), Field.Store.NO));
      if (person.role() != null) doc.add(new TextField(Schema.ROLE, person.role(), Field.Store.NO));
    }
    for (var r : t.ratings()) doc.add(new StringField(Schema.GRADE, r.grade(), Field.Store.NO));
    Map<EntityType, Set<String>> names = new HashMap<>();
    for (Mention m : ad.mentions()) {
      // people come from the tags, where names are cleaned and merged; CoreNLP's raw person mentions are not kept
      if (m.type() != EntityType.DATE && m.type() != EntityType.PERSON) {
        names.computeIfAbsent(m.type(), k -> new LinkedHashSet<>()).add(m.text());
      }
    }
    names.forEach((type, values) -> values.forEach(v -> doc.add(new TextField(type.field(), v, Field.Store.NO))));
    return doc.getFields();
  }

  private void facets(Document doc, Tags t, String format, String report, List<String> entityFacets) {
    doc.add(new SortedSetDocValuesFacetField(Schema.FACET_DOC_TYPE, t.docType().id()));
    doc.add(new SortedSetDocValuesFacetField(Schema.FACET_FORMAT, format));
    if (t.documentDate() != null) {
      doc.add(new SortedSetDocValuesFacetField(Schema.FACET_YEAR, t.documentDate().substring(0, 4)));
    }
    for (String f : t.forces()) doc.add(new SortedSetDocValuesFacetField(Schema.FACET_FORCE, f));
    if (report != null) doc.add(new SortedSetDocValuesFacetField(Schema.FACET_REPORT, report));
    for (String name : entityFacets) {
      int bar = name.indexOf('|');
      doc.add(new SortedSetDocValuesFacetField(name.substring(0, bar), name.substring(bar + 1)));
    }
  }

  /** Most facet values a passage carries per entity kind: the document's most-mentioned ones. */
  static final int ENTITY_FACETS = 8;

  /**
   * The entity facet values of a document ("dimension|value"): its people, and its most-mentioned organisations and
   * places. Computed once per document, not per passage.
   */
  private static List<String> topEntities(Tags t, List<Mention> mentions) {
    List<String> out = new ArrayList<>();
    t.people().stream().map(Person::name).distinct().limit(ENTITY_FACETS)
        .forEach(n -> out.add(Schema.FACET_PERSON + "|" + n));
    for (EntityType type : List.of(EntityType.ORGANIZATION, EntityType.LOCATION)) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (Mention m : mentions) {
        if (m.type() == type) counts.merge(m.text(), 1, Integer::sum);
      }
      String dim = type == EntityType.ORGANIZATION ? Schema.FACET_ORGANIZATION : Schema.FACET_LOCATION;
      counts.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
          .limit(ENTITY_FACETS).forEach(e -> out.add(dim + "|" + e.getKey()));
    }
    return out;
  }

  private static FieldType textWithOffsets() {
    FieldType ft = new FieldType(TextField.TYPE_STORED);
    ft.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    ft.freeze();
    return ft;
  }
}
