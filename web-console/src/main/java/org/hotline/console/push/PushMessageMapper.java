package org.hotline.console.push;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Table {@code console_push_message}; SQL in {@code PushMessageMapper.xml}. */
@Mapper
interface PushMessageMapper {

    void insert(NewPushMessage message);

    /** Inserts the messages in one statement, ids increasing in list order. */
    void insertAll(List<NewPushMessage> messages);

    /** Messages after {@code after} addressed to the user, the role or (when not null) the department, by id. */
    List<StoredPushMessage> findAfter(@Param("after") long after, @Param("username") String username,
                                      @Param("role") String role, @Param("department") String department,
                                      @Param("limit") int limit);

    /** The highest id stored, 0 when there is none. */
    long selectLastId();

    int deleteCreatedBefore(@Param("cutoff") Instant cutoff, @Param("limit") int limit);
}
