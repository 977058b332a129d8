package org.oversight.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oversight.model.ExtractedDocument;
import org.oversight.model.Passage;
import org.oversight.model.SourceFile;

/** Who a statement is attributed to, in the forms news releases and statements write it (invented people). */
class AttributionsTest {
  private static List<Attributions.Attribution> of(String text) {
    List<Passage> ps = List.of(new Passage(0, 0, text));
    DocText doc = new DocText(new ExtractedDocument(new SourceFile(Path.of("x.txt"), "", 0), "text/plain", "text",
        null, Map.of(), 0, ps), Line.of(ps), List.of(), List.of());
    return new Attributions().find(doc);
  }

  @Test
  void aTitleBeforeOrAfterTheNameOrBetweenCommas() {
    assertThat(of("Norfolk Police and Crime Commissioner, Asha Varma, said: \"We will act.\""))
        .extracting(Attributions.Attribution::name, Attributions.Attribution::role, Attributions.Attribution::voice)
        .containsExactly(tuple("Asha Varma", "Police and Crime Commissioner", "pcc"));
    assertThat(of("Chief Constable Ben Hale welcomed today's publication."))
        .extracting(Attributions.Attribution::name, Attributions.Attribution::role)
        .containsExactly(tuple("Ben Hale", "Chief Constable"));
    assertThat(of("\"It is fair,\" said Kent's Police and Crime Commissioner Asha Varma."))
        .extracting(Attributions.Attribution::name, Attributions.Attribution::voice)
        .containsExactly(tuple("Asha Varma", "pcc"));
    assertThat(of("Asha Varma Police & Crime Commissioner said:"))
        .extracting(Attributions.Attribution::role).containsExactly("Police and Crime Commissioner");
  }

  @Test
  void aRoleAsWrittenAndItsVoice() {
    assertThat(of("National Police Chiefs' Council lead for Stalking, Dev Malik QPM, said:"))
        .extracting(Attributions.Attribution::name, Attributions.Attribution::role, Attributions.Attribution::voice)
        .containsExactly(tuple("Dev Malik", "National Police Chiefs' Council lead for Stalking", "national"));
    assertThat(of("Hannah Reid, the chief executive of the College of Policing, said:"))
        .extracting(Attributions.Attribution::role, Attributions.Attribution::voice)
        .containsExactly(tuple("chief executive of the College of Policing", "national"));
    assertThat(of("Acting Chief Constable Jim Hale, for Durham Constabulary, added that he was disappointed."))
        .extracting(Attributions.Attribution::name, Attributions.Attribution::role)
        .containsExactly(tuple("Jim Hale", "Acting Chief Constable"));
  }

  @Test
  void pronounsAreaNamesAndPageFurnitureAreNoSpeakers() {
    assertThat(of("He said the force would act.")).isEmpty();
    assertThat(of("North Yorkshire's Police, Fire and Crime Commissioner has responded to the report."))
        .extracting(Attributions.Attribution::name, Attributions.Attribution::role)
        .containsExactly(tuple(null, "Police, Fire and Crime Commissioner"));
  }
}
