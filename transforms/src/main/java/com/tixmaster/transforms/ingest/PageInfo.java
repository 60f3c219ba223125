package com.tixmaster.transforms.ingest;

/** The API's {@code page} object: {@code number} is 0-based; an empty result has totalPages 0. */
public record PageInfo(int size, long totalElements, int totalPages, int number) {}
