#!/usr/bin/env bash
# The event assistant: questions in plain words, answered from gold.event_documents.
#   scripts/ask.sh [--lakehouse=DIR] [--asOf=WHEN] [--top=5] [--format=text|json] "question"
# Offline by default (Lucene BM25 + filters parsed from the question, no model). With Databricks:
#   --retriever=vector-search --endpoint=NAME --index=CATALOG.SCHEMA.INDEX   Vector Search
#   --llm=SERVING_ENDPOINT                                                   a chat model writes the answer
# which read DATABRICKS_HOST and DATABRICKS_TOKEN from the environment. See docs/ASSISTANT.md.
# Exit status: 0 answered (also "no match"), 2 bad options, 1 any other failure.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
tix_ensure_jar
exec java ${TIX_JAVA_OPTS:--Xmx1g} -cp "$TIX_CLASSPATH" com.tixmaster.pipeline.assistant.AskCli "$@"
