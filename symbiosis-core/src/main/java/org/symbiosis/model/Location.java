package org.symbiosis.model;

/**
 * A position in decimal degrees (WGS 84).
 *
 * @param latitude  degrees north of the equator, in [-90, 90] (south is negative)
 * @param longitude degrees east of Greenwich, in [-180, 180] (west is negative)
 */
public record Location(double latitude, double longitude) {
    /**
     * Checks the position.
     *
     * @param latitude  degrees north, in [-90, 90]
     * @param longitude degrees east, in [-180, 180]
     * @throws InvalidValueException if either is out of its range or NaN
     */
    public Location {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new InvalidValueException("location", latitude + ", " + longitude,
                    String.format(
                    "The location (%s, %s) is not a latitude in [-90, 90] and a longitude in"
                            + " [-180, 180] in decimal degrees.", latitude, longitude));
        }
    }

    /**
     * This position at another latitude.
     *
     * @param newLatitude degrees north, in [-90, 90]
     * @return the changed position
     * @throws InvalidValueException if it is out of its range or NaN
     */
    public Location withLatitude(double newLatitude) {
        return new Location(newLatitude, longitude);
    }

    /**
     * This position at another longitude.
     *
     * @param newLongitude degrees east, in [-180, 180]
     * @return the changed position
     * @throws InvalidValueException if it is out of its range or NaN
     */
    public Location withLongitude(double newLongitude) {
        return new Location(latitude, newLongitude);
    }
}
