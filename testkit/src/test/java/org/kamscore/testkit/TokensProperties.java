package org.kamscore.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Any name survives a snapshot line: quoted where needed, and read back as it was. */
final class TokensProperties {

  @Test
  void quotedNames_readBackAsTheyWere_inLinesAndLists() {
    Theories.qt()
        .forAll(lists().of(strings().allPossible().ofLengthBetween(1, 12)).ofSizeBetween(1, 6))
        .checkAssert(names -> {
          List<String> words = new ArrayList<>();
          for (String name : names) {
            words.add(Tokens.quote(name));
          }
          String line = String.join(" ", words) + " " + Tokens.list(names);

          List<String> read = Tokens.words(line);

          assertThat(line).doesNotContain("\n").doesNotContain("\r");
          assertThat(read).hasSize(names.size() + 1);
          for (int i = 0; i < names.size(); i++) {
            assertThat(Tokens.unquote(read.get(i))).isEqualTo(names.get(i));
          }
          assertThat(Tokens.unlist(read.get(names.size()))).isEqualTo(names);
        });
  }

  @Test
  void plainWords_stayBare_othersAreQuoted() {
    assertThat(Tokens.quote("crm-portfolio_2026.1")).isEqualTo("crm-portfolio_2026.1");
    assertThat(Tokens.quote("key account")).isEqualTo("\"key account\"");
    assertThat(Tokens.quote("-")).isEqualTo("\"-\"");
    assertThat(Tokens.quote("a=b,c|d")).isEqualTo("\"a=b,c|d\"");
    assertThat(Tokens.quote("tab\there\u0001")).isEqualTo("\"tab\\there\\u0001\"");
    assertThat(Tokens.list(List.of())).isEqualTo("-");
  }
}
