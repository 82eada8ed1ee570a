package org.hotline.workflow;

/**
 * A handling unit (承办单位).
 *
 * @param code           unique code ({@code RSJ}, {@code JCQZF}, ...)
 * @param name           Chinese name
 * @param kind           kind of unit
 * @param parentCode     superior unit or null
 * @param districtCode   district it belongs to ({@code JH} for city level)
 * @param hotlineWindow  has a live transfer window (直接连线)
 */
public record Department(String code, String name, DepartmentKind kind, String parentCode, String districtCode,
        boolean hotlineWindow) {
}
