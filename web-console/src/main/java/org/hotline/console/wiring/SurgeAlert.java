package org.hotline.console.wiring;

import com.fasterxml.jackson.annotation.JsonValue;
import org.hotline.console.push.PushPayload;
import org.hotline.workflow.Surge;

/**
 * Push {@code surge-detected}, to supervisors: a category in a district exceeded its expected count for the hour.
 * The payload is the surge as {@code GET /api/analytics/surges} lists it.
 *
 * @param surge the surge
 */
record SurgeAlert(@JsonValue Surge surge) implements PushPayload {

    @Override
    public String messageType() {
        return "surge-detected";
    }
}
