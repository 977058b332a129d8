package org.oversight.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.model.Json;

class BaselineTest {
  @TempDir Path dir;

  private static JsonNode json(String s) throws Exception {
    return Json.MAPPER.readTree(s.replace('\'', '"'));
  }

  @Test
  void readsTheFiguresBetweenTheMarkersAndNamesTheFieldsThatFell() throws Exception {
    Path readme = Files.writeString(dir.resolve("README.md"), """
        # Project

        | field | figure |
        | --- | --- |
        | doc_type | 0.10 |

        <!-- dev-figures:start -->
        | field | whole set | leave-one-out |
        | --- | --- | --- |
        | `doc_type` | 0.95 | 0.90 |
        | forces | 0.50 | |
        <!-- dev-figures:end -->
        """);
    Map<String, Double> recorded = Baseline.read(readme);
    assertThat(recorded).containsExactly(Map.entry("doc_type", 0.95), Map.entry("forces", 0.5));

    JsonNode gold = json("{'file':'a.txt','doc_type':'pcc_response','forces':['Kent Police']}");
    Scorer.Score score = Scorer.score(List.of(gold),
        Map.of("a.txt", json("{'doc_type':'news_article','forces':['Kent Police']}")));
    assertThat(Baseline.fallen(score, recorded, 0.03)).containsExactly("doc_type 0.000 (recorded 0.950)");
    assertThat(Baseline.fallen(score, Map.of("doc_type", 0.02), 0.03)).isEmpty();
  }

  @Test
  void aFileWithoutTheMarkersIsRefusedWithItsName() throws Exception {
    Path readme = Files.writeString(dir.resolve("OTHER.md"), "no table here\n");
    assertThatThrownBy(() -> Baseline.read(readme)).hasMessageContaining("OTHER.md")
        .hasMessageContaining("dev-figures:start");
  }
}
