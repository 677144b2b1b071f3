package test;

import dev.dynamorepo.annotations.Attribute;
import java.util.List;

/** A nested record, with a renamed field. */
public record Address(String street, @Attribute("zip") String postalCode, List<String> lines) {}
