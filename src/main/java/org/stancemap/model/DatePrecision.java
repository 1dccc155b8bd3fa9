package org.stancemap.model;

/** How precisely a citation's date is known, as written in the source. */
public enum DatePrecision {
    /** A day, e.g. {@code 12.14.18}. */
    DAY,
    /** A month, e.g. {@code July 2017}. */
    MONTH,
    /** A year, e.g. {@code 2018}. */
    YEAR,
    /** A span of years or dates, e.g. {@code 2017-2018}. */
    RANGE,
    /** No date could be read. */
    UNKNOWN
}
