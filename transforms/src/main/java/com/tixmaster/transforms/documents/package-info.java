/**
 * event_documents: {@link com.tixmaster.transforms.documents.EventDocumentsTransform} turns the
 * upcoming, non-test events of silver into one readable paragraph each ({@link
 * com.tixmaster.transforms.documents.EventTextFormatter}) plus filter columns, for the assistant;
 * the silver rows it reads without their key are its dead letters.
 */
package com.tixmaster.transforms.documents;
