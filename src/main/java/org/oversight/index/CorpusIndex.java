package org.oversight.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * The Lucene index opened for writing by one ingest run. Changes become visible at each {@link #commit()}: a run
 * commits every so many documents or seconds ({@link #commitIfDue()}), so a run that dies keeps what it committed and
 * loses at most its last batch. Every entry of a file carries the file's identity ({@link Schema#SOURCE}), so that a
 * file's documents are replaced in one atomic step and a commit never holds half a file. Files that failed are kept
 * as failure entries, so that an unchanged one is not read again every run. A second writer on the same index is
 * refused, and so is an index made with another layout ({@link IndexLayout}).
 */
public final class CorpusIndex implements Closeable {
  /** What the index already holds for a file. */
  public enum State { NEW, UNCHANGED, CHANGED, DUPLICATE }

  /** The default batch: commit after this many files ... */
  public static final int COMMIT_EVERY_FILES = 100;
  /** ... or this long after the last commit, whichever comes first. */
  public static final Duration COMMIT_EVERY = Duration.ofSeconds(30);

  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private final Directory dir;
  private final IndexWriter writer;
  private final FacetsConfig facets = Schema.facetsConfig();
  /** Source identity to the SHA-256 of the file the index holds for it. */
  private final Map<String, String> idBySource = new ConcurrentHashMap<>();
  /** SHA-256 of a file, or id of a document, to the source identity holding it. */
  private final Map<String, String> sourceById = new ConcurrentHashMap<>();
  private final Map<String, StoredFailure> failures = new ConcurrentHashMap<>();
  /** One spelling per report: a known title, else the first the index met, so that variants group. */
  private final Map<String, String> reportByKey = new ConcurrentHashMap<>();
  private int commitEveryFiles = COMMIT_EVERY_FILES;
  private Duration commitEvery = COMMIT_EVERY;
  private int uncommitted;
  private long lastCommit = System.nanoTime();

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

  /** Sets how often {@link #commitIfDue()} commits: after {@code files} files or {@code every}, whichever first. */
  public CorpusIndex committingEvery(int files, Duration every) {
    this.commitEveryFiles = Math.max(1, files);
    this.commitEvery = every;
    return this;
  }

  private void loadKnownDocuments() throws IOException {
    if (!DirectoryReader.indexExists(dir)) return;
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      StoredFields stored = searcher.storedFields();
      int all = Math.max(1, reader.maxDoc());
      for (ScoreDoc sd : searcher.search(new TermQuery(new Term(Schema.KIND, Schema.FILE_ENTRY)), all).scoreDocs) {
        Document d = stored.document(sd.doc, Set.of(Schema.SOURCE, Schema.SOURCE_ID));
        idBySource.put(d.get(Schema.SOURCE), d.get(Schema.SOURCE_ID));
        sourceById.put(d.get(Schema.SOURCE_ID), d.get(Schema.SOURCE));
      }
      for (ScoreDoc sd : searcher.search(new TermQuery(new Term(Schema.KIND, Schema.DOCUMENT)), all).scoreDocs) {
        Document d = stored.document(sd.doc, Set.of(Schema.ID, Schema.SOURCE, Schema.REPORT));
        sourceById.putIfAbsent(d.get(Schema.ID), d.get(Schema.SOURCE));
        String report = d.get(Schema.REPORT);
        if (report != null) reportByKey.putIfAbsent(ReportTitles.key(report), report);
      }
      for (ScoreDoc sd : searcher.search(new TermQuery(new Term(Schema.KIND, Schema.FAILURE)), all).scoreDocs) {
        StoredFailure f = Stored.failure(stored.document(sd.doc, Set.of(Schema.FAILURE_RECORD)));
        failures.put(f.source(), f);
      }
    }
  }

  /**
   * Says what the index holds for a file and, for a new or changed one, claims it for this run so that the same
   * content met again in the run counts as a duplicate.
   *
   * @param source the file's identity ({@link Schema#SOURCE})
   * @param id the SHA-256 of its bytes
   */
  public synchronized State claim(String source, String id) {
    String known = idBySource.get(source);
    if (id.equals(known)) return State.UNCHANGED;
    if (sourceById.containsKey(id)) return State.DUPLICATE;
    sourceById.put(id, source);
    return known == null ? State.NEW : State.CHANGED;
  }

  /**
   * Claims a document found inside a file (an archive's entry, an attachment) for that file: false when the index or
   * this run already holds the same document from another file.
   */
  public synchronized boolean claimInside(String source, String documentId) {
    String holder = sourceById.putIfAbsent(documentId, source);
    return holder == null || holder.equals(source);
  }

  /** Gives up a claim whose file failed, so the same content elsewhere may still be indexed. */
  public void release(String id) {
    sourceById.remove(id);
  }

  /** The file already indexed with this content, for a duplicate. */
  public String pathOf(String id) {
    return sourceById.get(id);
  }

  /** The failure the index keeps for a file, if it failed while it was as it is now (same size and time). */
  public StoredFailure knownFailure(String source, long size, long modified) {
    StoredFailure f = failures.get(source);
    return f != null && f.sameFile(size, modified) ? f : null;
  }

  /** Every failure the index keeps, in file order. */
  public List<StoredFailure> failures() {
    List<StoredFailure> out = new ArrayList<>(failures.values());
    out.sort(java.util.Comparator.comparing(StoredFailure::source));
    return out;
  }

  /** The identities of the files the index holds documents or failures for, under a folder's identity. */
  public Set<String> sourcesUnder(String folder) {
    String prefix = folder.endsWith("/") ? folder : folder + "/";
    Set<String> out = new java.util.TreeSet<>();
    for (String s : idBySource.keySet()) if (s.startsWith(prefix)) out.add(s);
    for (String s : failures.keySet()) if (s.startsWith(prefix)) out.add(s);
    return out;
  }

  /** Removes everything the index holds for a file: its documents and passages, or its failure. */
  public synchronized void remove(String source) throws IOException {
    writer.deleteDocuments(new Term(Schema.SOURCE, source), new Term(Schema.FAILED, source));
    String id = idBySource.remove(source);
    sourceById.values().removeIf(source::equals);
    if (id != null) sourceById.remove(id);
    failures.remove(source);
    uncommitted++;
  }

  /** Adds a document and its passages as the whole of what a file holds (see {@link #put(List, String, String)}). */
  public void put(AnnotatedDocument doc, String source) throws IOException {
    put(List.of(doc), source, doc.document().source().id());
  }

  /**
   * Adds a file's documents (its own, and those found inside it, possibly none when all were indexed from elsewhere)
   * with their passages, replacing in one atomic step whatever the index held for the file: its earlier documents or
   * its failure.
   *
   * @param source the file's identity ({@link Schema#SOURCE})
   * @param sourceId the SHA-256 of the file's bytes
   */
  public void put(List<AnnotatedDocument> docs, String source, String sourceId) throws IOException {
    List<Document> entries = new ArrayList<>();
    Document file = new Document();
    file.add(new StringField(Schema.KIND, Schema.FILE_ENTRY, Field.Store.YES));
    file.add(new StringField(Schema.SOURCE, source, Field.Store.YES));
    file.add(new StringField(Schema.SOURCE_ID, sourceId, Field.Store.YES));
    entries.add(file);
    for (AnnotatedDocument doc : docs) {
      StoredDocument stored = stored(doc);
      List<IndexableField> shared = commonFields(doc, stored, source, sourceId);
      entries.add(documentEntry(doc, stored, shared));
      List<String> entityFacets = topEntities(doc.tags(), doc.mentions());
      for (Passage p : doc.document().passages()) {
        entries.add(passageEntry(doc, stored.report(), shared, entityFacets, p));
      }
    }
    synchronized (this) {
      String old = idBySource.put(source, sourceId);
      if (old != null && !old.equals(sourceId)) sourceById.remove(old, source);
      for (AnnotatedDocument doc : docs) sourceById.putIfAbsent(doc.document().source().id(), source);
      failures.remove(source);
      writer.updateDocuments(new Term(Schema.SOURCE, source), entries);
      uncommitted++;
    }
  }

  /**
   * Records that a file failed, replacing any earlier failure of it; what the index held of an earlier version of the
   * file stays, so nothing indexed is lost to a file that broke since.
   */
  public synchronized void fail(StoredFailure failure) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(Schema.KIND, Schema.FAILURE, Field.Store.YES));
    doc.add(new StringField(Schema.FAILED, failure.source(), Field.Store.YES));
    // the file's identity too, so that the update that indexes the file once it reads replaces this entry at once
    doc.add(new StringField(Schema.SOURCE, failure.source(), Field.Store.NO));
    doc.add(new StringField(Schema.FILE, failure.file(), Field.Store.YES));
    doc.add(new StoredField(Schema.FAILURE_RECORD, Stored.write(failure)));
    writer.updateDocuments(new Term(Schema.FAILED, failure.source()), List.of(doc));
    failures.put(failure.source(), failure);
    uncommitted++;
  }

  /** Forgets a file's failure (it succeeded, or it is gone). */
  public synchronized void forgetFailure(String source) throws IOException {
    if (failures.remove(source) != null) {
      writer.deleteDocuments(new Term(Schema.FAILED, source));
      uncommitted++;
    }
  }

  /**
   * Commits when a batch is due: after so many files or so many seconds since the last commit
   * ({@link #committingEvery}). Safe to call from any thread; one commit runs at a time.
   *
   * @return whether it committed
   */
  public boolean commitIfDue() throws IOException {
    synchronized (this) {
      boolean due = uncommitted >= commitEveryFiles
          || uncommitted > 0 && System.nanoTime() - lastCommit >= commitEvery.toNanos();
      if (!due) return false;
    }
    commit();
    return true;
  }

  /** The error that closed the index writer (an out-of-memory inside Lucene, a full disk), or null. */
  public Throwable broken() {
    return writer.getTragicException();
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
   * Makes every change so far visible at once, in one atomic step, with the report entries rebuilt from the
   * documents and the layout recorded.
   */
  public synchronized void commit() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      List<ReportEntry> reports = ReportRegistry.build(new IndexSearcher(reader));
      writer.deleteDocuments(new Term(Schema.KIND, Schema.REPORT_ENTRY));
      for (ReportEntry r : reports) writer.addDocument(reportEntry(r));
    }
    writer.setLiveCommitData(IndexLayout.userData().entrySet());
    writer.commit();
    uncommitted = 0;
    lastCommit = System.nanoTime();
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
  private static List<IndexableField> commonFields(AnnotatedDocument ad, StoredDocument stored, String source,
      String sourceId) {
    Document doc = new Document();
    Tags t = ad.tags();
    doc.add(new StringField(Schema.ID, ad.document().source().id(), Field.Store.YES));
    doc.add(new StringField(Schema.SOURCE, source, Field.Store.YES));
    doc.add(new StringField(Schema.SOURCE_ID, sourceId, Field.Store.YES));
    doc.add(new StringField(Schema.PATH, stored.record().path(), Field.Store.YES));
    doc.add(new StringField(Schema.FILE, stored.record().file(), Field.Store.YES));
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
