package dev.dynamorepo.it;

import dev.dynamorepo.annotations.Projection;

/** A projection read through the global index {@code byType}. */
@Projection(Event.class)
public record EventType(String stream, long seq, String type) {}
