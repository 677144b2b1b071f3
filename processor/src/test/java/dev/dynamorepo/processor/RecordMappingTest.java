package dev.dynamorepo.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.dynamorepo.processor.Generated.get;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Runs the generated mapping of a record with every supported type: the round trip, and the wire
 * form DESIGN.md promises (the Enhanced Client's default encoding).
 */
class RecordMappingTest {
  @TempDir static Path dir;
  static Generated generated;

  @BeforeAll
  static void compile() throws IOException {
    DiskCompiler.Result r = DiskCompiler.compile(dir, new EntityProcessor(), Entities.all());
    assertThat(r.diagnostics()).isEmpty();
    generated = new Generated(r.loader());
  }

  private Map<String, AttributeValue> item() {
    return generated.toItem("Everything", generated.fixture("everything"));
  }

  @Test
  void roundTripGivesAnEqualRecord() {
    Object sample = generated.fixture("everything");
    Object back = generated.fromItem("Everything", generated.toItem("Everything", sample));
    assertThat(get(back, "note")).isNull();
    assertThat(get(back, "ignoredNumber")).isEqualTo(0);
    for (RecordComponent c : sample.getClass().getRecordComponents()) {
      if (!c.getName().equals("note") && !c.getName().equals("ignoredNumber")) {
        assertWithMessage(c.getName()).that(get(back, c.getName())).isEqualTo(get(sample, c.getName()));
      }
    }
  }

  @Test
  void sparseRoundTripKeepsNullsAndEmptiesAsTheCodecsDefine() {
    Object sparse = generated.fixture("sparse");
    Map<String, AttributeValue> item = generated.toItem("Everything", sparse);
    Object back = generated.fromItem("Everything", item);
    assertThat(get(back, "nickname")).isEqualTo(Optional.empty());
    assertThat(get(back, "strings")).isNull();
    assertThat(get(back, "list")).isEqualTo(List.of());
    assertThat(get(back, "boxedI")).isNull();
  }

  @Test
  void scalarsAreStoredAsTheEnhancedClientStoresThem() {
    Map<String, AttributeValue> item = item();
    assertThat(item.get("id")).isEqualTo(AttributeValue.fromS("id-1"));
    assertThat(item.get("seq")).isEqualTo(AttributeValue.fromN("7"));
    assertThat(item.get("flag")).isEqualTo(AttributeValue.fromBool(true));
    assertThat(item.get("d")).isEqualTo(AttributeValue.fromN("6.25"));
    assertThat(item.get("decimal")).isEqualTo(AttributeValue.fromN("1.50"));
    assertThat(item.get("sdkBytes")).isEqualTo(AttributeValue.fromB(SdkBytes.fromUtf8String("sdk")));
    assertThat(item.get("uuid")).isEqualTo(AttributeValue.fromS("123e4567-e89b-12d3-a456-426614174000"));
    assertThat(item.get("instant")).isEqualTo(AttributeValue.fromS("2020-01-02T03:04:05Z"));
    assertThat(item.get("date")).isEqualTo(AttributeValue.fromS("2020-01-02"));
    assertThat(item.get("duration")).isEqualTo(AttributeValue.fromN("12.000000005"));
    assertThat(item.get("color")).isEqualTo(AttributeValue.fromS("green!"));
    assertThat(item.get("price")).isEqualTo(AttributeValue.fromN("1234"));
  }

  @Test
  void collectionsAreSetsListsAndMaps() {
    Map<String, AttributeValue> item = item();
    assertThat(item.get("strings")).isEqualTo(AttributeValue.fromSs(List.of("x")));
    assertThat(item.get("colors")).isEqualTo(AttributeValue.fromSs(List.of("RED")));
    assertThat(item.get("binaries")).isEqualTo(AttributeValue.fromBs(List.of(SdkBytes.fromUtf8String("z"))));
    assertThat(item.get("numbers").ns()).containsExactly("1", "2");
    assertThat(item.get("list")).isEqualTo(AttributeValue.fromL(List.of(AttributeValue.fromS("a"), AttributeValue.fromS("b"))));
    assertThat(item.get("map")).isEqualTo(AttributeValue.fromM(Map.of("k", AttributeValue.fromN("1"))));
  }

  @Test
  void nestedRecordsAreMapsWithTheirOwnStoredNames() {
    AttributeValue address = AttributeValue.fromM(Map.of(
        "street", AttributeValue.fromS("1 Main St"),
        "zip", AttributeValue.fromS("75001"),
        "lines", AttributeValue.fromL(List.of(AttributeValue.fromS("floor 2")))));
    Map<String, AttributeValue> item = item();
    assertThat(item.get("address")).isEqualTo(address);
    assertThat(item.get("addresses")).isEqualTo(AttributeValue.fromL(List.of(address)));
    assertThat(item.get("addressBook")).isEqualTo(AttributeValue.fromM(Map.of("home", address)));
    assertThat(item.get("tree").m().get("children").l().get(0).m().get("name")).isEqualTo(AttributeValue.fromS("leaf"));
  }

  @Test
  void nullsEmptySetsEmptyOptionalsAndIgnoredAttributesAreNotStored() {
    Map<String, AttributeValue> item = item();
    assertThat(item).doesNotContainKey("maybeAddress");
    assertThat(item).doesNotContainKey("note");
    assertThat(item).doesNotContainKey("ignoredNumber");
    assertThat(item).doesNotContainKey("original");
    assertThat(item.get("renamed")).isEqualTo(AttributeValue.fromS("kept"));
    assertThat(item.get("nickname")).isEqualTo(AttributeValue.fromS("nick"));
    Map<String, AttributeValue> sparse = generated.toItem("Everything", generated.fixture("sparse"));
    assertThat(sparse.keySet()).containsExactly("id", "seq", "flag", "b", "s", "i", "f", "d", "list", "map");
  }

  @Test
  void missingPrimitivesReadAsZero() {
    Object entity = generated.fromItem("Everything", Map.of("id", AttributeValue.fromS("x"), "seq", AttributeValue.fromN("1")));
    assertThat(get(entity, "flag")).isEqualTo(false);
    assertThat(get(entity, "b")).isEqualTo((byte) 0);
    assertThat(get(entity, "i")).isEqualTo(0);
    assertThat(get(entity, "f")).isEqualTo(0f);
    assertThat(get(entity, "nickname")).isEqualTo(Optional.empty());
  }
}
