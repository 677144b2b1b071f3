package dev.dynamorepo.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Builds the error that says why there is no server for tests and how to provide one. */
final class NoServer {

    private static final int LOG_TAIL_LINES = 20;

    private NoServer() {
    }

    static IllegalStateException because(String reason, Path log) {
        StringBuilder message = new StringBuilder("No DynamoDB server for tests: ").append(reason)
                .append(".\nProvide one in either of two ways:\n")
                .append("  1. set DYNAMODB_ENDPOINT to a running DynamoDB-compatible endpoint")
                .append(" (DynamoDB Local, LocalStack, AWS), e.g. DYNAMODB_ENDPOINT=http://localhost:8000;\n")
                .append("  2. install moto for python3 (`python3 -c \"import moto\"` must work);")
                .append(" set DYNAMO_REPO_PYTHON to use another interpreter.");
        String tail = tail(log);
        if (!tail.isEmpty()) {
            message.append("\nLast lines of ").append(log).append(":\n").append(tail);
        }
        return new IllegalStateException(message.toString());
    }

    private static String tail(Path log) {
        if (log == null || !Files.isRegularFile(log)) {
            return "";
        }
        try {
            String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).strip();
            List<String> lines = Arrays.asList(text.split("\\R"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(could not read the log: " + e.getMessage() + ")";
        }
    }

}
