package org.hotline.knowledge.classify;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface LearnedExampleMapper {

    void insert(@Param("text") String text, @Param("categoryCode") String categoryCode, @Param("at") Instant at);

    List<TrainingCorpus.Example> all();

    int deleteLearnedBefore(@Param("cutoff") Instant cutoff);
}
