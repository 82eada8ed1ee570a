package org.hotline.workflow;

/**
 * An administrative area.
 *
 * @param code       {@code JH} (city), {@code JC} (district), {@code JC01} (street)
 * @param name       Chinese name
 * @param parentCode enclosing area, null for the city
 * @param level      level of the area
 */
public record District(String code, String name, String parentCode, DistrictLevel level) {
}
