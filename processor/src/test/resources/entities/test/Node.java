package test;

import java.util.List;

/** A recursive nested record: a tree. */
public record Node(String name, List<Node> children, Node parent) {}
