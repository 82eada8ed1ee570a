package org.hotline.telephony.channel;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CitizenMapper {

    int insertCitizen(CitizenRow row);


    CitizenRow findCitizen(@Param("id") long id);

    int deleteCitizen(@Param("id") long id);

    int updateName(@Param("id") long id, @Param("name") String name);

    Long citizenOf(@Param("kind") String kind, @Param("value") String value);

    int insertIdentity(@Param("citizenId") long citizenId, @Param("kind") String kind, @Param("value") String value,
                       @Param("linkedBy") String linkedBy, @Param("at") Instant at);

    int moveIdentity(@Param("citizenId") long citizenId, @Param("kind") String kind, @Param("value") String value,
                     @Param("linkedBy") String linkedBy, @Param("at") Instant at);

    List<IdentityRow> identitiesOf(@Param("citizenId") long citizenId);

    int insertAudit(@Param("citizenId") long citizenId, @Param("kind") String kind, @Param("value") String value,
                    @Param("fromCitizenId") Long fromCitizenId, @Param("actor") String actor,
                    @Param("at") Instant at);

    int countAudits(@Param("citizenId") long citizenId, @Param("actor") String actor);
}
