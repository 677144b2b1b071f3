package dev.dynamorepo.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;

/** The stream of a single-table design decodes each change as the entity its discriminator names. */
class SingleTableChangesTest {
  private final ChangeDecoder<Depot> decoder = ChangeDecoder.of(DepotSchema.SCHEMA);

  private static Record insert(Map<String, AttributeValue> image) {
    Map<String, AttributeValue> keys = Map.of("pk", image.get("pk"), "sk", image.get("sk"));
    return Record.builder().eventID("e-1").eventName("INSERT")
        .dynamodb(d -> d.keys(keys).newImage(image).sequenceNumber("7").approximateCreationDateTime(Instant.EPOCH))
        .build();
  }

  @Test
  void eachChangeIsDecodedAsItsOwnType() {
    Depot.Site site = new Depot.Site("s1", "Lyon");
    Depot.Crate crate = new Depot.Crate("s1", "c9", 40);
    Change<Depot> first = decoder.decode(insert(DepotSchema.toItem(site)));
    Change<Depot> second = decoder.decode(insert(Depot_CrateSchema.SCHEMA.toItem(crate)));
    assertEquals(site, first.newImage().orElseThrow());
    assertEquals(crate, second.newImage().orElseThrow());
    assertEquals("CRATE#c9", second.key().attributes().get("sk").s());
  }

  @Test
  void anImageWhoseAttributesDoNotComposeItsKeysIsRefused() {
    Map<String, AttributeValue> image = new HashMap<>(DepotSchema.toItem(new Depot.Crate("s1", "c9", 40)));
    image.put("siteId", AttributeValue.fromS("elsewhere"));
    for (ChangeDecoder<?> d : List.of(decoder, ChangeDecoder.of(Depot_CrateSchema.SCHEMA))) {
      StreamDecodingException e = assertThrows(StreamDecodingException.class, () -> d.decode(insert(image)));
      assertTrue(e.getMessage().contains("pk=SITE#s1") && e.getMessage().contains("its siteId does not compose its partition key")
          && !e.getMessage().contains("elsewhere"), e.getMessage());
    }
    // the same crate with its parts left out reads them back from its keys
    Map<String, AttributeValue> keysOnly = new HashMap<>(image);
    keysOnly.remove("siteId");
    keysOnly.remove("crateId");
    assertEquals(new Depot.Crate("s1", "c9", 40), decoder.decode(insert(keysOnly)).newImage().orElseThrow());
  }

  @Test
  void aTypeNoEntityDeclaresIsNamedNeverDecodedAsAnother() {
    Map<String, AttributeValue> image = new HashMap<>(DepotSchema.toItem(new Depot.Site("s1", "Lyon")));
    image.put("_type", AttributeValue.fromS("TRUCK"));
    StreamDecodingException e = assertThrows(StreamDecodingException.class, () -> decoder.decode(insert(image)));
    assertTrue(e.getMessage().contains("'TRUCK'") && e.getMessage().contains("Depot"), e.getMessage());
    // An entity's own decoder refuses another entity's item.
    ChangeDecoder<Depot.Crate> crates = ChangeDecoder.of(Depot_CrateSchema.SCHEMA);
    StreamDecodingException wrong = assertThrows(StreamDecodingException.class,
        () -> crates.decode(insert(DepotSchema.toItem(new Depot.Site("s1", "Lyon")))));
    assertTrue(wrong.getMessage().contains("'SITE'"), wrong.getMessage());
  }
}
