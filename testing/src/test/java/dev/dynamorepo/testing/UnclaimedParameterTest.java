package dev.dynamorepo.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Types the extension does not know must stay free for other resolvers: if it claimed them, JUnit
 * would fail these tests for two competing resolvers.
 */
@WithDynamoDb
@ExtendWith(UnclaimedParameterTest.StringResolver.class)
class UnclaimedParameterTest {

    @Test
    void otherResolversStillResolveTheirTypes(String fromOtherResolver, TestInfo info) {
        assertEquals("from StringResolver", fromOtherResolver);
        assertEquals("otherResolversStillResolveTheirTypes(String, TestInfo)", info.getDisplayName());
    }

    static final class StringResolver implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == String.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return "from StringResolver";
        }
    }
}
