package org.oversight.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.model.EntityType;
import org.oversight.model.Mention;

/** The date step: dates as these papers write them, read without SUTime. */
class DateMentionsTest {
  private static final LocalDate MARCH_15 = LocalDate.of(2024, 3, 15);

  private static List<String> read(String text, LocalDate docDate) {
    return DateMentions.find(text, 0, docDate).stream().map(m -> m.text() + " = " + m.normalized()).toList();
  }

  @Test
  void fullDatesWithTheirWeekdayAndTimeOfDay() {
    assertThat(read("The panel met on Friday, 6th October 2017, 11:03 am and again on 21st October 2019.", null))
        .containsExactly("Friday, 6th October 2017 = 2017-10-06", "21st October 2019 = 2019-10-21");
  }

  @Test
  void monthsAndYearsAlone() {
    assertThat(read("The force was inspected in September 2019 and again in 2021.", null))
        .containsExactly("September 2019 = 2019-09", "2021 = 2021");
  }

  @Test
  void aDeadlineIsReadAsTheMonthItNames() {
    assertThat(read("By March 2020, the force should publish its plan.", null)).containsExactly("March 2020 = 2020-03");
  }

  @Test
  void amountsCountsCodesAndFinancialYearsAreNotYears() {
    assertThat(read("It spent \u00a32019 on 2,019 forms (ref 12.2019) in 2018/19 and 2021-22.", null)).isEmpty();
  }

  @Test
  void relativeDatesResolveAgainstTheDocumentDateOnly() {
    assertThat(read("The report was published yesterday; a review follows next year.", MARCH_15))
        .containsExactly("yesterday = 2024-03-14", "next year = 2025");
    assertThat(read("The report was published today.", null)).containsExactly("today = null");
  }

  @Test
  void aDayWithoutItsYearTakesTheDocumentsYear() {
    assertThat(read("The meeting on 14th November was cancelled.", MARCH_15))
        .containsExactly("14th November = 2024-11-14");
    assertThat(read("The meeting on 14th November was cancelled.", null)).containsExactly("14th November = null");
  }

  @Test
  void theModalVerbIsNoMonth() {
    assertThat(read("Officers may 12 times a year be asked to attend.", null)).isEmpty();
  }

  @Test
  void onlySentencesThatCanHoldADateAreRead() {
    List<Mention> found = DateMentions.find(List.of(new NlpPipeline.Sentence(0, "No date stands here."),
        new NlpPipeline.Sentence(1, "Published on 2 May 2023.")), null);
    assertThat(found).containsExactly(new Mention(EntityType.DATE, "2 May 2023", "2023-05-02", 1));
  }
}
