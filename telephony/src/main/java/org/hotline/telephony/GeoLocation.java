package org.hotline.telephony;

/**
 * A place the citizen shared (WeChat location message).
 *
 * @param latitude  -90..90
 * @param longitude -180..180
 * @param label     the place's name as the channel gave it, at most 200 characters, or null
 */
public record GeoLocation(double latitude, double longitude, String label) {

    /** @throws IllegalArgumentException when a coordinate is out of range or the label too long */
    public GeoLocation {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("coordinates out of range");
        }
        if (label != null && label.length() > 200) {
            throw new IllegalArgumentException("location label longer than 200 characters");
        }
    }
}
