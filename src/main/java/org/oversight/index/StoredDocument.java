package org.oversight.index;

import java.util.List;
import org.oversight.model.DocumentRecord;

/**
 * What the index keeps of a document beside its passages: its record as extracted and tagged, and the facts fixed
 * when it was indexed, so that queries read them instead of working them out again.
 *
 * @param record the document's record, identical to what {@code extract} prints for the same file
 * @param report the canonical title the index groups the document's report under (the known title, else the first
 *     spelling the index met); null when the document names no report
 * @param reportKey the grouping key of that title
 * @param people each tagged person with their grouping key and force
 * @param ingested when the document was indexed (ISO instant)
 */
public record StoredDocument(DocumentRecord record, String report, String reportKey, List<PersonEntry> people,
    String ingested) {

  public StoredDocument {
    people = people == null ? List.of() : List.copyOf(people);
  }

  /**
   * A person named in a document.
   *
   * @param key first initial and surname, under which name variants group
   * @param name the name as tagged
   * @param role the role the document gives, or null
   * @param organisation the organisation the document gives, or null
   * @param force the police force the person belongs to or answers for: the force their organisation names, or for
   *     the signer the force the document is about; null when neither says
   * @param signer whether this person signed or wrote the document
   */
  public record PersonEntry(String key, String name, String role, String organisation, String force,
      boolean signer) {}
}
