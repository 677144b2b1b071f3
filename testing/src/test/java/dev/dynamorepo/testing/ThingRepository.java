package dev.dynamorepo.testing;

import dev.dynamorepo.runtime.DynamoDb;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Stands in for a generated repository (the testing module has no processor): the extension needs
 * only its public {@code (DynamoDb)} constructor.
 */
public final class ThingRepository {

    static final String TABLE = "things";

    private final DynamoDb dynamo;

    /** The shape generated repositories have. */
    public ThingRepository(DynamoDb dynamo) {
        this.dynamo = Objects.requireNonNull(dynamo, "dynamo");
    }

    DynamoDb dynamo() {
        return dynamo;
    }

    void createTable() {
        Tables.create(dynamo.client(), TABLE);
    }

    void put(String id, String text) {
        dynamo.client().putItem(b -> b.tableName(TABLE)
                .item(Map.of("id", AttributeValue.fromS(id), "text", AttributeValue.fromS(text))));
    }

    String text(String id) {
        Map<String, AttributeValue> item = dynamo.client().getItem(b -> b.tableName(TABLE)
                .key(Map.of("id", AttributeValue.fromS(id))).consistentRead(true)).item();
        return item.isEmpty() ? null : item.get("text").s();
    }
}
