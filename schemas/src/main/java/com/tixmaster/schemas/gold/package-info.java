/**
 * The gold row types, one per table of tables.md (gold section), and the {@link
 * com.tixmaster.schemas.gold.GoldTables} registry. Surrogate keys are BIGINT ({@code long}); -1 is
 * the "unknown" member of every dimension and of dim_date.
 */
package com.tixmaster.schemas.gold;
