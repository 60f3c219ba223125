/**
 * Joins shared by the stages: {@link com.tixmaster.transforms.join.LookupJoin}, the many-to-one
 * left join that gold uses to resolve foreign keys, the summary to attach names and the documents
 * to attach silver rows.
 */
package com.tixmaster.transforms.join;
