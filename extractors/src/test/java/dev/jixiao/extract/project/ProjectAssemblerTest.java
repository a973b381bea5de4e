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

  @Test
  void aNumeralTwoCharactersOrTwoCandidatesAreNotAMisread() {
    assertThat(ProjectAssembler.misreadOnce("美丽乡村建设四(非税收入)", LISTED)).isNull(); // 五 → 四 is another project
    assertThat(ProjectAssembler.misreadOnce("古馈镇徐龙英抚恤全及丧碌费", LISTED)).isNull();
    assertThat(ProjectAssembler.misreadOnce("医保筹资运行", LISTED)).isNull();
    assertThat(ProjectAssembler.misreadOnce("工作经费一(超收分成)", Set.of("综合经费一(超收分成)", "信访经费一(超收分成)"))).isNull();
    assertThat(ProjectAssembler.misreadOnce("经费一项目", Set.of("经费二项目"))).isNull();
  }
}
