package org.hotline.workflow.sla;

import java.time.LocalDate;
import java.util.Map;
import org.hotline.workflow.DayKind;
import org.hotline.workflow.seed.CsvFile;
import org.hotline.workflow.seed.SeedProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the calendar from {@code ${hotline.seed.location}calendar/*.csv} ({@code date,kind,name}) when
 * {@code hotline.seed.sample-city} is on. Idempotent: days already in the table (possibly edited by an
 * administrator) are left alone.
 */
@Component
public class CalendarSeeder {
    private static final Logger log = LoggerFactory.getLogger(CalendarSeeder.class);

    private final SeedProperties properties;
    private final ResourcePatternResolver resources;
    private final CalendarMapper mapper;
    private final DatabaseWorkingCalendar calendar;

    CalendarSeeder(SeedProperties properties, ResourcePatternResolver resources, CalendarMapper mapper,
            DatabaseWorkingCalendar calendar) {
        this.properties = properties;
        this.resources = resources;
        this.mapper = mapper;
        this.calendar = calendar;
    }

    /** Seeds when {@code hotline.seed.sample-city} is on; called by {@link org.hotline.workflow.seed.WorkflowSeeder}. */
    @Transactional
    public void run() throws java.io.IOException {
        if (properties.isSampleCity()) {
            seed();
        }
    }

    /** @return the number of days inserted */
    @Transactional
    public int seed() throws java.io.IOException {
        int inserted = 0;
        for (Resource resource : resources.getResources(properties.getLocation() + "calendar/*.csv")) {
            for (Map<String, String> row : CsvFile.read(resource)) {
                LocalDate date = LocalDate.parse(row.get("date"));
                if (mapper.find(date) == null) {
                    mapper.insert(new CalendarEntry(date, DayKind.fromJson(row.get("kind")), row.get("name")));
                    inserted++;
                }
            }
        }
        calendar.invalidate();
        log.info("calendar seeded: {} days added", inserted);
        return inserted;
    }
}
