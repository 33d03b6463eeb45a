package dev.migrate.autogenerate.bigmodel;

import jakarta.persistence.Embeddable;

/** Primitive doubles: NOT NULL columns. */
@Embeddable
public class GeoPoint {

    double latitude;

    double longitude;
}
