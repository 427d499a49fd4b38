package org.symbiosis.model;

/** A position in decimal degrees (WGS 84). */
public record Location(double latitude, double longitude) {
    public Location {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new InvalidValueException("location", latitude + ", " + longitude,
                    String.format(
                    "The location (%s, %s) is not a latitude in [-90, 90] and a longitude in"
                            + " [-180, 180] in decimal degrees.", latitude, longitude));
        }
    }
}
