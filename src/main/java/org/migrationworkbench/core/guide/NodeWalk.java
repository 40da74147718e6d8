package org.migrationworkbench.core.guide;

import java.util.function.Consumer;
import org.commonmark.node.Node;

/** Visits a CommonMark tree in document order, without recursion or allocation, whatever the nesting depth. */
final class NodeWalk {
    private NodeWalk() {
    }

    static void forEach(Node root, Consumer<Node> action) {
        Node node = root;
        while (node != null) {
            action.accept(node);
            node = next(root, node);
        }
    }

    /** The node after {@code node} in document order within {@code root}, or null at the end. */
    private static Node next(Node root, Node node) {
        if (node.getFirstChild() != null) {
            return node.getFirstChild();
        }
        Node n = node;
        while (n != root && n.getNext() == null) {
            n = n.getParent();
        }
        return n == root ? null : n.getNext();
    }
}
