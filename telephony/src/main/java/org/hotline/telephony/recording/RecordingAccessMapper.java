package org.hotline.telephony.recording;

import java.time.Instant;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface RecordingAccessMapper {

    String recordingFileOf(@Param("callId") String callId);

    int insertAccess(@Param("callId") String callId, @Param("actor") String actor, @Param("role") String role,
                     @Param("reason") String reason, @Param("accessedAt") Instant accessedAt);
}
