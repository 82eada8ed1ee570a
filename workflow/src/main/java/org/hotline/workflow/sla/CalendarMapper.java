package org.hotline.workflow.sla;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CalendarMapper {
    List<CalendarEntry> findAll();

    CalendarEntry find(@Param("date") LocalDate date);

    int insert(CalendarEntry entry);

    int update(CalendarEntry entry);

    int delete(@Param("date") LocalDate date);
}
