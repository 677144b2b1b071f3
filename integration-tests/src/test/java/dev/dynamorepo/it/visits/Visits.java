package dev.dynamorepo.it.visits;

import dev.dynamorepo.annotations.Table;

/** A single-table design in which only one entity declares the table's TTL attribute. */
@Table(name = "visits")
public sealed interface Visits permits Visitor, Visit {}
