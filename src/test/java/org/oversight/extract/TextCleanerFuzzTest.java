package org.oversight.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.oversight.model.Passage;

/** Random text of every kind through the cleaner: it never throws, and it never returns a blank passage. */
class TextCleanerFuzzTest {
  @Property(tries = 2000)
  void anyPagesCleanWithoutError(@ForAll @Size(max = 6) List<@StringLength(max = 600) String> pages,
      @ForAll boolean paged) {
    List<Passage> out = TextCleaner.clean(pages, paged);
    assertThat(out).allSatisfy(p -> assertThat(p.text()).isNotBlank());
    for (int i = 0; i < out.size(); i++) assertThat(out.get(i).ordinal()).isEqualTo(i);
  }

  @Property(tries = 1000)
  void characterNormalisationLeavesNoInvisibleCharacters(@ForAll @StringLength(max = 400) String s) {
    String n = TextCleaner.normalizeCharacters(s);
    assertThat(n).doesNotContain("\u00AD", "\u200B", "\uFEFF", "\r", "\t");
  }
}
