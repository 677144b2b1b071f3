package dev.dynamorepo.runtime.wire;

/** The unversioned test entity: partition key {@code id} only, in table {@code notes}. */
record Note(String id, String text) {}
