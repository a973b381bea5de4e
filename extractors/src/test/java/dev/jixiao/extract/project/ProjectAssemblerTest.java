package dev.jixiao.extract.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ProjectAssemblerTest {
  private static final Set<String> LISTED = Set.of("古馈镇徐龙英抚恤金及丧匡费", "美丽乡村建设五(非税收入)", "乡村振兴经费四(非税收入)",
      "综合工作经费一(超收分成)", "信访工作经费七(超收分成)", "医保筹资运行经费");

  /** OCR read one character of the name differently in the list and in the paragraph. */
  @Test
  void aNameMisreadInOneCharacterIsTheListedName() {
    assertThat(ProjectAssembler.misreadOnce("古馈镇徐龙英抚恤金及丧碌费", LISTED)).isEqualTo("古馈镇徐龙英抚恤金及丧匡费");
    assertThat(ProjectAssembler.misreadOnce("医保筹资运行经贵", LISTED)).isEqualTo("医保筹资运行经费");
  }

  /** OCR added a character to the listed name, or dropped one from the paragraph's. */
  @Test
  void aNameWithOneCharacterMoreOrLessIsTheListedName() {
    Set<String> listed = Set.of("开发区有烈山区园中园被征地农民养老金保险金", "医保筹资运行经费");
    assertThat(ProjectAssembler.misreadOnce("开发区烈山区园中园被征地农民养老金保险金", listed)).isEqualTo("开发区有烈山区园中园被征地农民养老金保险金");
    assertThat(ProjectAssembler.misreadOnce("医保筹资运行经费费", listed)).isEqualTo("医保筹资运行经费");
    assertThat(ProjectAssembler.misreadOnce("医保筹资运经费", listed)).isEqualTo("医保筹资运行经费");
  }

  @Test
  void aNumeralTwoCharactersOrTwoCandidatesAreNotAMisread() {
    assertThat(ProjectAssembler.misreadOnce("美丽乡村建设四(非税收入)", LISTED)).isNull(); // 五 → 四 is another project
    assertThat(ProjectAssembler.misreadOnce("古馈镇徐龙英抚恤全及丧碌费", LISTED)).isNull();
    assertThat(ProjectAssembler.misreadOnce("医保筹资运行", LISTED)).isNull();
    assertThat(ProjectAssembler.misreadOnce("工作经费一(超收分成)", Set.of("综合经费一(超收分成)", "信访经费一(超收分成)"))).isNull();
    assertThat(ProjectAssembler.misreadOnce("经费一项目", Set.of("经费二项目"))).isNull();
    assertThat(ProjectAssembler.misreadOnce("计生专项经费", Set.of("计生专项经费九"))).isNull(); // 九 may be the ninth of a series
    assertThat(ProjectAssembler.misreadOnce("计生专项经费九", Set.of("计生专项经费"))).isNull();
    assertThat(ProjectAssembler.misreadOnce("医保筹资运行经费", Set.of("医保筹资运行经费"))).isNull(); // not a misread: the name itself
  }
}
