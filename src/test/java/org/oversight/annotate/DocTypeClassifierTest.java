package org.oversight.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oversight.model.DocType;

class DocTypeClassifierTest {
  private final DocTypeClassifier classifier = new DocTypeClassifier();

  @Test
  void letterToAChiefConstableIsAnInspectorateLetter() {
    assertThat(classifier.classify("Chief Constable A Person\nExample Police\n\nDear Chief Constable\n\nWe found..."
        + "\n\nYours sincerely\nB Person\nHis Majesty's Inspector of Constabulary")).isEqualTo(DocType.HMICFRS_LETTER);
  }

  @Test
  void commissionersLetterToTheHomeSecretaryIsAResponse() {
    assertThat(classifier.classify("Dear Home Secretary,\n\nI welcome this report on vetting.\n\nYours sincerely\n"
        + "C Person\nPolice and Crime Commissioner for Kent")).isEqualTo(DocType.PCC_RESPONSE);
  }

  @Test
  void bylineAndUpdatedLineMakeANewsArticle() {
    assertThat(classifier.classify("Force told to improve\nUpdated Tuesday, 12th December 2017, 9:15 am\n"
        + "HMI D Person said: \"Progress is too slow.\"")).isEqualTo(DocType.NEWS_ARTICLE);
  }

  @Test
  void panelMinutesAreOtherAndNoCueMeansOther() {
    assertThat(classifier.classify("Minutes of the meeting of the Police and Crime Panel\nItem 5: the section 55 "
        + "response was noted.")).isEqualTo(DocType.OTHER);
    assertThat(classifier.classify("A shopping list: bread, milk.")).isEqualTo(DocType.OTHER);
  }
}
