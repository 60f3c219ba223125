/**
 * monthly_event_summary: {@link com.tixmaster.transforms.summary.MonthlySummaryTransform} over
 * {@link com.tixmaster.transforms.summary.MonthlySummaryInput}, with the KPIs in {@link
 * com.tixmaster.transforms.summary.MonthlyKpiFn}.
 *
 * <p>The transform returns the complete new table and its dead letters (facts without a usable
 * dim_date row, {@code unknown_date_key}). The months this run touched are recomputed and replace
 * their rows; every other month keeps its row exactly. "Touched" ({@link
 * com.tixmaster.transforms.summary.FindTouchedMonths}) = the months of facts inserted or changed by
 * this run (compared with the previous fact_events), the months those facts moved out of, and
 * months that have facts but no summary row yet. A touched month left with no non-test event loses
 * its row. Months come from dim_date (the venue-local event date); facts with date_key -1 belong to
 * none.
 */
package com.tixmaster.transforms.summary;
