/**
 * Jackson → typed silver rows. Each payload is parsed once into a tree; one parse of an event
 * yields its row, its children and the venues, markets, attractions and classifications embedded in
 * it ({@link com.tixmaster.transforms.json.ParsedRows}). Plain Java, no Beam: the silver DoFns wrap
 * it.
 *
 * <p>Rules ({@link com.tixmaster.transforms.json.JsonFields}): strings are trimmed (Unicode spaces
 * too) and empty → null; numbers arriving as strings are parsed, junk → null (counted); a value of
 * the wrong JSON type anywhere (e.g. {@code dates} as a string, {@code _embedded} as an array,
 * {@code priceRanges} as an object, {@code location} as a number) is nulled and counted, never
 * thrown. Coordinates are range-checked. {@code min > max} nulls both prices (never swapped: which
 * one is wrong is unknown) and counts {@code price_range_invalid}. Classification ids are {@link
 * com.tixmaster.transforms.json.ClassificationIds} (five ids joined by {@code |}). The
 * classifications endpoint yields one row per (segment), (segment, genre), (segment, genre,
 * subgenre) path, and per (type), (type, subtype) for the newer type trees.
 *
 * <p>Only a record without a usable key, or an unusable payload, is rejected ({@link
 * com.tixmaster.transforms.json.ReasonCodes}); counters are in {@link
 * com.tixmaster.transforms.json.ParseCounters}.
 */
package com.tixmaster.transforms.json;
